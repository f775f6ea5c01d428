namespace Ingestion.Parser.Core;

/// <summary>
/// "     * International" / "          + Europe" / "       Injured, dual nationals … flee Gaza toward Egypt …" /
/// "     * Environment": a site's mega menu lists each section's links and, under them, the section's featured stories,
/// their captions and headlines, which lynx prints as the section item's own text, indented under its bullet. A line
/// inside a bullet's item that lists links of its own above it, where the list goes on at the bullet's margin after it,
/// is the list's, not the start of the story's text: the text runs at its own margin under the menu.
/// Cost: asked only of the lines that read as the text's first prose, a walk of at most a few dozen lines each way.
/// </summary>
internal static class LineInsideOngoingList
{
    /// <summary>A section's links and featured stories fill a few dozen lines at most.</summary>
    private const int MostLines = 40;

    public static bool Is(PageLines lines, int index, int end)
    {
        // Up to the bullet left of every line between: the item's text may sit at several margins ("Kennen Sie schon …?"
        // over "o zum Start in den Tag …").
        var least = lines[index].Indent;
        var bullet = index - 1;
        for (; bullet >= 0 && index - bullet <= MostLines; bullet--)
        {
            if (lines[bullet].IsBlank || lines[bullet].Indent >= least)
            {
                continue;
            }

            if (TextBrowserBullet.Opens(lines[bullet].Text))
            {
                break;
            }

            least = lines[bullet].Indent;
        }

        if (bullet < 0 || index - bullet > MostLines || !HasSubItems(lines, bullet, index))
        {
            return false;
        }

        var margin = lines[bullet].Indent;
        var next = index + 1;
        while (next < end && next - index <= MostLines && (lines[next].IsBlank || lines[next].Indent > margin))
        {
            next++;
        }

        return next < end && next - index <= MostLines && lines[next].Indent == margin && TextBrowserBullet.Opens(lines[next].Text);
    }

    /// <summary>Whether the bullet's item lists links of its own ("+ Europe") before the line: a menu's section, not a story set in a list.</summary>
    private static bool HasSubItems(PageLines lines, int bullet, int index)
    {
        for (var i = bullet + 1; i < index; i++)
        {
            if (lines[i].Indent > lines[bullet].Indent && lines[i].Text is ['+' or '*' or '•' or '◦' or '-' or 'o', ' ', ..])
            {
                return true;
            }
        }

        return false;
    }
}
