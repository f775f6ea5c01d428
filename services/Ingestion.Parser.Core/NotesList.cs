namespace Ingestion.Parser.Core;

/// <summary>
/// "Notes" / "1. Illinois Department of Natural Resources, River Otter Recovery Plan, 1994." / "2. J. Morrow and T.
/// Kessler, …": a magazine feature's numbered footnotes under a label alone on its line, under the text. The label and
/// the citations are no paragraphs, as a science story's "Journal reference:" is none. A science news story lists the
/// papers it reports on the same way under "References" ("1. Halvorsen, K. … Journal of Archaeological Science 40,
/// 4321–4330 (2013).").
/// </summary>
internal static class NotesList
{
    private static readonly WordSet Labels = new(["notes", "footnotes", "endnotes", "notes and sources", "sources and notes", "references", "bibliography"]);

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (Labels.Contains(text.AsSpan().Trim()))
        {
            return lines.NearWithinOneBlank(index, 1) is var first && first >= 0 && NoteNumber(lines[first].Text) == 1;
        }

        var number = NoteNumber(text);
        if (number <= 0)
        {
            return false;
        }

        // Up through the notes above it, each numbered one less, to the label over the first.
        var i = index;
        while (number > 1)
        {
            i = lines.NearWithinOneBlank(i, -1);
            if (i < 0 || NoteNumber(lines[i].Text) != number - 1)
            {
                return false;
            }

            number--;
        }

        return lines.NearWithinOneBlank(i, -1) is var label && label >= 0 && Labels.Contains(lines[label].Text.AsSpan().Trim());
    }

    /// <summary>The number of a "2. Citation…" line, or 0.</summary>
    private static int NoteNumber(string text)
    {
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and <= 2 && int.TryParse(text.AsSpan(0, dot), out var number) ? number : 0;
    }
}
