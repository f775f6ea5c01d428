namespace Ingestion.Parser.Core;

/// <summary>
/// "More from L.A. Now: Glendale approves bike lanes on Brand | Metro board delays Gold Line vote": a paper's blog closes
/// its entry with a label naming the blog or section and the links to its other stories on the same line, set apart by
/// bars. The links are headlines; a sentence of the text ("More from the council: it met twice.") ends like one.
/// </summary>
internal static class LabelledLinkRow
{
    private static readonly PrefixSet Labels = new(["more from ", "more in ", "more on ", "latest from ", "more stories from ", "also on ", "more coverage"]);

    private const int MaxLabelLength = 50;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > 400 || !Labels.Matches(text))
        {
            return false;
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || colon > MaxLabelLength)
        {
            return false;
        }

        var links = 0;
        foreach (var range in text[(colon + 2)..].Split(" | "))
        {
            var link = text[(colon + 2)..][range].Trim();
            if (link.IsEmpty || Words.EndsSentence(link) || !char.IsUpper(link[0]))
            {
                return false;
            }

            links++;
        }

        return links >= 2;
    }
}
