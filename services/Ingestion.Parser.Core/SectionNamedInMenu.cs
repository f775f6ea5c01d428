namespace Ingestion.Parser.Core;

/// <summary>
/// "Business Monday" over "December 12, 2016 7:00 AM" over the headline, where the menu above lists "+ Business Monday":
/// the section's kicker over the date has a bare name's shape, but an item of the page's own menu names a section, never
/// the writer.
/// </summary>
internal static class SectionNamedInMenu
{
    public static bool Is(PageLines lines, int index)
    {
        var name = lines[index].Text.AsSpan().Trim();
        for (var i = 0; i < index; i++)
        {
            var text = lines[i].Text.AsSpan();
            if (text.Length == name.Length + 2 && text[0] is '*' or '+' or '•' or 'o' && text[1] == ' ' && text[2..].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
