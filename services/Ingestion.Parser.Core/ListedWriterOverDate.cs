namespace Ingestion.Parser.Core;

/// <summary>
/// "* Rachel Oduya, science correspondent" / "* The Northern Chronicle, Thursday 26 September 2013 00.01 BST": a
/// broadsheet sets its byline box as a list of two items, the writer (with the job after a comma) over the paper and the
/// time; a magazine sets its list of writers with one item ("1. Sarah Penrose") over the time ("1:39 PM ET"). A
/// name-like item among others is a menu's ("• Middle East"); an item over a date, with no list item above it, is the
/// writer's.
/// </summary>
internal static class ListedWriterOverDate
{
    /// <summary>The writer's name when the line is such an item, or null.</summary>
    public static string? Read(PageLines lines, int index, int end)
    {
        var item = Item(lines[index].Text);
        if (item.IsEmpty || item.Length > 80)
        {
            return null;
        }

        var name = NameCommaRoleByline.Is(item) ? item[..item.IndexOf(", ", StringComparison.Ordinal)] : item;
        if (!BylineParser.IsWritersName(name.ToString()))
        {
            return null;
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        return (above < 0 || Item(lines[above].Text).IsEmpty) && below < end && IsDated(lines, below)
            ? Whitespace.Collapse(name.ToString())
            : null;
    }

    private static bool IsDated(PageLines lines, int index) =>
        lines.TryParseDate(index, out _) || (lines.TryReadMetadata(index, out var found) && found.Time is { Date: not null });

    /// <summary>The item's text after its bullet ("* ", "• ") or number ("1. "), or empty when the line is no list item.</summary>
    private static ReadOnlySpan<char> Item(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 2 && text[0] is '*' or '•' && text[1] == ' ')
        {
            return text[2..].Trim();
        }

        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 2 && text.Length > digits + 2 && text[digits] == '.' && text[digits + 1] == ' ' ? text[(digits + 2)..].Trim() : [];
    }
}
