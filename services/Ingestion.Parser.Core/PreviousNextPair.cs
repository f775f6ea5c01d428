namespace Ingestion.Parser.Core;

/// <summary>
/// "« Previous entry Next entry »", "« Older Entries Newer Entries »": a blog theme's two links to the neighbouring posts,
/// printed on one line with nothing between them. A quotation in guillemets holds both marks too, so the line must open
/// with the backward link's word and hold the forward link's word before the closing mark.
/// </summary>
internal static class PreviousNextPair
{
    private const int LongestLine = 60;
    private static readonly string[] BackwardWords = ["Previous", "Prev", "Older"];
    private static readonly string[] ForwardWords = [" Next", " Newer"];

    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line.Length is < 12 or > LongestLine || line[0] != '«' || line[^1] != '»')
        {
            return false;
        }

        var inside = line[1..^1].Trim();
        var opensBackward = false;
        foreach (var word in BackwardWords)
        {
            opensBackward |= inside.StartsWith(word, StringComparison.OrdinalIgnoreCase);
        }

        if (!opensBackward)
        {
            return false;
        }

        foreach (var word in ForwardWords)
        {
            if (inside.IndexOf(word, StringComparison.OrdinalIgnoreCase) > 0)
            {
                return Words.Count(inside) <= 6;
            }
        }

        return false;
    }
}
