namespace Ingestion.Parser.Core;

/// <summary>
/// "… danke an den Verlag für das Leseexemplar." / "Klappentext:" / "Ein Fischer rudert hinaus …": a review blog's
/// one-word section label between two paragraphs of the text ("Klappentext:", "Meinung:", "Fazit:") is the writer's
/// crosshead, not a scraper's label left without its value ("Post by:"): it follows text and the text goes on under it.
/// </summary>
internal static class SectionLabelInText
{
    private const int LongestLabel = 20;

    private const int ProseLength = 80;

    public static bool Is(PageLines lines, int index, int end, IReadOnlyList<string> body)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (body.Count == 0 || text.Length is < 4 or > LongestLabel || text[^1] != ':' || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var c in text[..^1])
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        return above >= 0 && below < end && string.Equals(body[^1], Whitespace.Collapse(lines[above].Text), StringComparison.Ordinal)
            && lines[below].Text.Length >= ProseLength && Words.EndsSentence(lines[below].Text) && !BoilerplateFilter.IsBoilerplate(lines[index].Text);
    }
}
