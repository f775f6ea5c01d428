namespace Ingestion.Parser.Core;

/// <summary>
/// WordPress's links to the neighbouring posts over a headline, whose titles run long: "« Senate panel advances gas tax bill" /
/// "Guest post: Why the school funding formula is broken »". A French paragraph that opens a quotation carried on to the next
/// ("« Nous avons attendu trop longtemps.") ends a sentence, and one that closes it holds the opening mark too.
/// </summary>
internal static class LongNeighbourPostLink
{
    private const int MaxLength = 120;
    private const int MaxWords = 16;

    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line.Length is <= 40 or > MaxLength)
        {
            return false;
        }

        ReadOnlySpan<char> title;
        if (line.StartsWith("« ", StringComparison.Ordinal) && !line.Contains('»'))
        {
            title = line[2..];
        }
        else if (line.EndsWith(" »", StringComparison.Ordinal) && !line.Contains('«'))
        {
            title = line[..^2];
        }
        else
        {
            return false;
        }

        title = title.Trim();
        return !title.IsEmpty && title[^1] is not ('.' or '!' or '?' or '…' or ',' or ';' or ':' or '"' or '”') && Words.Count(title) <= MaxWords;
    }
}
