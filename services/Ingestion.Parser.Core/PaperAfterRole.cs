namespace Ingestion.Parser.Core;

/// <summary>
/// "Leah Fairbanks Congressional Reporter, The Harrington Post": a contributor box prints the writer's name, job title
/// and paper on one line when a browser copies its text (innerText glues the name's and the job's elements); the paper's
/// name after the last comma makes the line too long to be read as a job title alone, so it is taken off first.
/// </summary>
internal static class PaperAfterRole
{
    private const int MaxPaperLength = 40;

    /// <summary>The line without its closing ", The Paper", or null when it does not end with a publication's name.</summary>
    public static string? WithoutPaper(string line)
    {
        var comma = line.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && line.Length - comma <= MaxPaperLength && comma + 2 < line.Length && char.IsUpper(line[comma + 2])
            && PublicationAfterBar.IsPublication(line.AsSpan(comma + 2).Trim()) ? line[..comma] : null;
    }
}
