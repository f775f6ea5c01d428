namespace Ingestion.Parser.Core;

/// <summary>
/// "Citations" / "MLA: Falkirk, Owen. "Tiny animals survive …" Discovery Quarterly, 27 Sept. 2013." / "APA: Falkirk, O.
/// (2013, September 27). …": a magazine's "cite this article" box under the text gives the story's reference in the
/// citation styles, each line opening with the style's name and a colon. The label and its lines are no paragraphs.
/// </summary>
internal static class CitationBlock
{
    private static readonly WordSet Labels = new(["citations", "citation", "cite this article", "cite this page", "cite this story", "how to cite this article"]);

    private static readonly string[] Styles = ["MLA:", "APA:", "Chicago:", "Harvard:", "Vancouver:", "IEEE:"];

    /// <summary>"Cite This Page:", "Citation": the box's label alone on its line.</summary>
    public static bool IsLabel(ReadOnlySpan<char> text) => text.Length is >= 8 and <= 24 && Labels.Contains(text.Trim(" :"));

    /// <summary>The label, or a style line under it (or under another style line of the block).</summary>
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        // Asked of every line: a label is short, a style line opens with a capital and holds its colon near the start.
        if (text.Length < 8 || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (text.Length <= 24 && Labels.Contains(text.Trim(" :")))
        {
            return lines.NearWithinOneBlank(index, 1) is var first && first >= 0 && IsStyleLine(lines[first].Text.AsSpan().Trim());
        }

        if (!IsStyleLine(text))
        {
            return false;
        }

        var i = index;
        // Up through the style lines above it (a box holds a handful) to the label.
        for (var steps = 0; steps < Styles.Length; steps++)
        {
            i = lines.NearWithinOneBlank(i, -1);
            if (i < 0)
            {
                return false;
            }

            var above = lines[i].Text.AsSpan().Trim();
            if (Labels.Contains(above.Trim(" :")))
            {
                return true;
            }

            if (!IsStyleLine(above))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsStyleLine(ReadOnlySpan<char> text)
    {
        // The style's name is short: only the line's first characters are looked at.
        var colon = text.Length < 30 ? -1 : text[..11].IndexOf(':');
        if (colon is < 3 or > 9)
        {
            return false;
        }

        foreach (var style in Styles)
        {
            if (style.Length == colon + 1 && text.StartsWith(style, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
