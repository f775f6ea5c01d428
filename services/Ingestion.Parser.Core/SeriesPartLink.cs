namespace Ingestion.Parser.Core;

/// <summary>
/// "Part 1: The valley's wells are going dry. Here's the map.": a series labels its other stories by their part's number
/// before the headline, in its "More in …" list under the text and in a "Read Part 1: …" link between the paragraphs. A
/// series' headline may be two short sentences, so it may end in a full stop, as no other link does.
/// </summary>
internal static class SeriesPartLink
{
    private const string Part = "Part ";
    private const int MaxLength = 140;
    private const int MinHeadlineWords = 3;

    /// <summary>"Part 1", "Part 12": the label of a series' part.</summary>
    public static bool IsPartLabel(ReadOnlySpan<char> label) =>
        label.StartsWith(Part, StringComparison.Ordinal) && label[Part.Length..] is { Length: 1 or 2 } number && !number.ContainsAnyExceptInRange('0', '9');

    /// <summary>"Part 2: The town that ran out of water twice": a link to a part of the series in a list of links.</summary>
    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        var colon = text.Length is > 0 and <= MaxLength && text.StartsWith(Part, StringComparison.Ordinal) ? text.IndexOf(": ", StringComparison.Ordinal) : -1;
        if (colon < 0 || !IsPartLabel(text[..colon]))
        {
            return false;
        }

        var headline = text[(colon + 2)..].TrimStart();
        return headline is [var first, ..] && (char.IsUpper(first) || char.IsDigit(first)) && Words.CountUpTo(headline, MinHeadlineWords) >= MinHeadlineWords;
    }
}
