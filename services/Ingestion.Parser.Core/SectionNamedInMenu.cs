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
            var text = lines[i].Text;
            if (text.Length > name.Length && CommentLine.StripMarker(text, out var marker).Equals(name, StringComparison.OrdinalIgnoreCase) && marker == CommentLine.Marker.Bullet)
            {
                return true;
            }
        }

        return false;
    }
}
