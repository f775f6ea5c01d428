using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="serendipity_comments serendipity_section_trackbacks"&gt;", "&lt;ol id="pings"&gt;": blog engines
/// (Serendipity, Movable Type, WordPress themes, 2004–2014) print the list of blogs that linked to the entry in a box
/// styled like the thread, often above it, so it shares the thread's class. One of its class names (or its id) names
/// trackbacks or pings alone; it is no comment thread.
/// </summary>
internal static class TrackbackSection
{
    /// <summary>How far up a trackback box is looked for: its title and list sit a level or two inside it.</summary>
    private const int LevelsUp = 3;

    /// <summary>Whether the element is a trackback box or lies in one ("div.serendipity_commentsTitle" "Trackbacks" inside it).</summary>
    public static bool Holds(IElement element)
    {
        var box = element;
        for (var level = 0; level <= LevelsUp && box is not null; level++, box = box.ParentElement)
        {
            if (Is(box))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(IElement element)
    {
        if (NamesTrackbacks(element.Id))
        {
            return true;
        }

        foreach (var name in element.ClassList)
        {
            if (NamesTrackbacks(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"trackbacks", "section_pingbacks", "pings"; "comments-and-trackbacks" names a box for both, which holds the thread.</summary>
    private static bool NamesTrackbacks(string? name) =>
        name is { Length: >= 5 }
        && (name.Contains("trackback", StringComparison.OrdinalIgnoreCase) || name.Contains("pingback", StringComparison.OrdinalIgnoreCase)
            || name.Equals("pings", StringComparison.OrdinalIgnoreCase))
        && !name.Contains("comment", StringComparison.OrdinalIgnoreCase);
}
