using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="mash-banner"&gt;&lt;div class="story-node"&gt;&lt;h1&gt;{text}&lt;/h1&gt;&lt;h2&gt;{title}&lt;/h2&gt;&lt;/div&gt;…": a theme's widget
/// ships the template its script fills, each heading holding only a placeholder token in braces ("{text}", "{{ title }}").
/// Such a heading names no story, so it is not counted among the page's headlines: four of them beside the post's one
/// `h1` made the page look like a list of stories, and the layout wrapper holding the post was not kept as its main column.
/// </summary>
internal static class TemplatePlaceholderHeading
{
    /// <summary>Whether the heading's whole text is one placeholder token in braces.</summary>
    public static bool Is(IElement heading)
    {
        // Cheap gate: a placeholder heading is short and has no element inside it.
        if (heading.ChildElementCount != 0)
        {
            return false;
        }

        var text = heading.TextContent.AsSpan().Trim();
        if (text.Length is < 3 or > 40 || text[0] != '{' || text[^1] != '}')
        {
            return false;
        }

        var token = text.Trim("{}").Trim();
        if (token.Length == 0)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
