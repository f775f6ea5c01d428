using System.IO.Enumeration;
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
        IncludeSubdirectories = settings.IncludeSubdirectories;
    }

    public bool IncludeSubdirectories { get; }

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

    /// <summary>The files waiting in the inbox, streamed so that a hundred thousand never sit in memory at once.</summary>
    public IEnumerable<FileInfo> EnumerateCandidates() =>
        new FileSystemEnumerable<FileInfo>(
            Inbox,
            (ref FileSystemEntry entry) => (FileInfo)entry.ToFileSystemInfo(),
            new EnumerationOptions { RecurseSubdirectories = IncludeSubdirectories, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && IsCandidate(entry.FileName.ToString()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => IsWatchedFolder(entry.ToFullPath()),
        };

    /// <summary>Whether a file the file system watcher reported is one to take.</summary>
    public bool IsWatchedFile(string path) =>
        IsCandidate(Path.GetFileName(path)) && Path.GetDirectoryName(path) is { } folder && IsWatchedFolder(folder);

    /// <summary>The inbox, and with sub-folders on, any folder below it but hidden ones and the fetcher's own.</summary>
    private bool IsWatchedFolder(string folder)
    {
        if (folder == Inbox)
        {
            return true;
        }

        if (!IncludeSubdirectories || !folder.StartsWith(Inbox + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = folder[(Inbox.Length + 1)..];
        return !relative.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'))
            && !new[] { Processed, Failed, Processing }.Any(own => folder == own || folder.StartsWith(own + Path.DirectorySeparatorChar, StringComparison.Ordinal));
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
