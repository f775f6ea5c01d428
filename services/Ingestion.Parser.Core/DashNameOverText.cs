namespace Ingestion.Parser.Core;

/// <summary>
/// "I've never seen any life transformation that didn't begin …" / "—Elizabeth Gilbert" / "My mother didn't just push my
/// boundaries …": a motto quoted over an essay, attributed by a dash before the name. The line has the shape of a
/// writer's sign-off ("— Marcus Bell", "-- Maya Castellanos in Sacramento"), but a writer signs under the text, at its
/// foot; a dashed name right under the text's first paragraph, with paragraphs of the text still to come, names whom
/// that paragraph quotes, and is the text's. A live blog signs each entry with the writer's initials ("— K.D."), the first
/// entry's too; a quotation names its author in full.
/// </summary>
internal static class DashNameOverText
{
    /// <summary>Paragraphs of prose below the line that make it no foot: one or two may be a closing note or a bio.</summary>
    private const int ProseParagraphsBelow = 3;

    /// <summary>A paragraph of prose: a sentence or more, longer than a bio's one line or a note.</summary>
    private const int MinProseLength = 120;

    /// <summary>
    /// Whether the dashed <paramref name="names"/> at <paramref name="index"/> stand under at most the text's first
    /// paragraph (<paramref name="paragraphsAbove"/>), each name written out, with three paragraphs of prose below before
    /// <paramref name="end"/>.
    /// </summary>
    public static bool Is(PageLines lines, int index, int end, int paragraphsAbove, List<string> names)
    {
        if (paragraphsAbove > 1 || names.Count != 1 || !IsWrittenOut(names[0]))
        {
            return false;
        }

        var found = 0;
        for (var line = lines.NextNonBlank(index, end); line < end; line = lines.NextNonBlank(line, end))
        {
            if (IsProse(lines[line].Text) && ++found == ProseParagraphsBelow)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Elizabeth Gilbert", not "K.D." or "P. O.": a name with a word of two lower-case letters or more.</summary>
    private static bool IsWrittenOut(string name)
    {
        var run = 0;
        foreach (var character in name)
        {
            run = char.IsLower(character) ? run + 1 : 0;
            if (run == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProse(string text) =>
        text.Length >= MinProseLength && text.AsSpan().TrimEnd() is [.., var last] && last is '.' or '?' or '!' or '"' or '”' or '…';
}
