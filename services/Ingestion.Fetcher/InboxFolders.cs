using Microsoft.Extensions.Options;

namespace Ingestion.Fetcher;

/// <summary>The inbox and the folders files move to, as absolute paths, created on first use.</summary>
internal sealed class InboxFolders
{
    public InboxFolders(IOptions<FetcherOptions> options)
    {
        var settings = options.Value;
        Inbox = Path.GetFullPath(settings.InboxPath);
        Processed = Path.GetFullPath(settings.ProcessedPath ?? Path.Combine(Inbox, "processed"));
        Failed = Path.GetFullPath(settings.FailedPath ?? Path.Combine(Inbox, "failed"));
        Processing = Path.GetFullPath(settings.ProcessingPath ?? Path.Combine(Inbox, ".processing"));
    }

    public string Inbox { get; }

    public string Processed { get; }

    public string Failed { get; }

    public string Processing { get; }

    public void EnsureExist()
    {
        foreach (var folder in new[] { Inbox, Processed, Failed, Processing })
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Hidden and temporary files belong to whoever is still writing them.</summary>
    public static bool IsCandidate(string fileName) =>
        fileName.Length > 0
        && fileName[0] != '.'
        && !fileName.EndsWith('~')
        && !IgnoredExtensions.Contains(Path.GetExtension(fileName));

    private static readonly HashSet<string> IgnoredExtensions =
        new([".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".swx"], StringComparer.OrdinalIgnoreCase);
}
