namespace Ingestion.Parser.Core;

/// <summary>
/// "… dies ist bei einer Schilddrüsenunterfunktion der Fall." / "Betroffene leiden unter:" / "  Müdigkeit" / "  Verstopfung":
/// a short lead-in ending in a colon, between a paragraph of the text and the items of a list it introduces, which the
/// page indents deeper than the lead-in (an HTML list's items, a text browser's indented list). It has an empty field
/// label's shape ("Post by:"), but the items under it are its value and the paragraph over it says it is text. A share
/// row's label over its buttons ("Teilen mit:" / "  Facebook" / "  E-Mail") is no lead-in, whatever stands over it.
/// </summary>
internal static class LeadInOverIndentedItems
{
    /// <summary>A paragraph of the text is this long at least: labels, menus and buttons never are.</summary>
    private const int ParagraphLength = 80;

    /// <summary>Whether the line at <paramref name="index"/> stands under a paragraph and over two items indented deeper than it.</summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        var above = lines.PreviousNonBlank(index);
        if (above < 0 || lines[above].Text.AsSpan().Trim() is not { Length: >= ParagraphLength } paragraph || paragraph[^1] is not ('.' or '!' or '?' or ')'))
        {
            return false;
        }

        var first = lines.NextNonBlank(index, end);
        var second = first < end ? lines.NextNonBlank(first, end) : end;
        var indent = lines[index].Indent;
        return second < end && lines[first].Indent > indent && lines[second].Indent == lines[first].Indent
            && !IsButton(lines[first].Text) && !IsButton(lines[second].Text);
    }

    private static bool IsButton(string item) => BoilerplateFilter.IsWidgetWord(item.AsSpan().Trim());
}
