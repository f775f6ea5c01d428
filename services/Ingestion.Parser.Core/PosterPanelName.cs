namespace Ingestion.Parser.Core;

/// <summary>
/// "hollowtop" / "Posts: 1288" / "Joined: Sat Jan 12, 2008 3:02 pm": the poster's box of a phpBB post, printed under the
/// post's text by a scraper that keeps the page's order. Its first line repeats the name the post's header gave
/// ("by hollowtop » Thu Oct 15, 2020 8:12 am"); it is no text of the post, as the box's fields are none.
/// </summary>
internal static class PosterPanelName
{
    /// <summary>A post's text seldom runs past this many lines between its header and the box; the bound keeps the look upwards constant.</summary>
    private const int Reach = 40;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        // Cheap first: a name is short, and the box's field must stand right under it.
        if (text.Length is 0 or > 40 || index + 1 >= lines.Count || !CommentLine.IsPosterPanelField(lines[index + 1].Text))
        {
            return false;
        }

        var name = text.AsSpan().Trim();
        for (var i = index - 1; i >= 0 && i >= index - Reach; i--)
        {
            var above = lines[i].Text.AsSpan().Trim();
            // "by hollowtop » Thu Oct 15, 2020 8:12 am": phpBB's header of the same post.
            if (above.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && above[3..].StartsWith(name, StringComparison.Ordinal)
                && above[(3 + name.Length)..].TrimStart() is ['»', ..])
            {
                return true;
            }
        }

        return false;
    }
}
