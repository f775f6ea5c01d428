using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Drupal's comment template closes each comment's header with a link to the comment itself: "&lt;p class="submitted"&gt;
/// &lt;span&gt;&lt;span class="username"&gt;Name&lt;/span&gt; am &lt;time&gt;18. Oktober 2023 - 13:11&lt;/time&gt;&lt;/span&gt; &lt;a
/// href="/comment/82775#comment-82775" class="permalink" rel="bookmark"&gt;Permanenter Link&lt;/a&gt;&lt;/p&gt;". Rendered, the
/// label runs into the header line ("Name am 18. Oktober 2023 - 13:11 Permanenter Link"), and where the label is not an
/// English control word no header rule reads the line, so the whole thread was lost. A link the template marks as the
/// comment's permalink (class "permalink", rel "bookmark") is a control, no part of the header: it goes. One inside a
/// heading is the comment's subject (CommentSubjectHeadings), and one whose label holds a digit wraps the time itself.
/// SPIP's reply header opens with a second such link, "&lt;a rel="in-reply-to" class="permalink" href="#forum81"&gt;^&lt;/a&gt;",
/// to the comment answered: a control too, which left the "^" before the reply's time where no header rule reads it.
/// </summary>
internal static class CommentPermalinkLabel
{
    public static void Remove(IElement container)
    {
        foreach (var link in container.SelectAll("a.permalink[rel~='bookmark'], a.permalink[rel~='in-reply-to']").Where(IsLabel).ToList())
        {
            link.Remove();
        }
    }

    private static bool IsLabel(IElement link)
    {
        var label = link.TextContent.AsSpan().Trim();
        return link.ChildElementCount == 0 && !label.IsEmpty && label.IndexOfAnyInRange('0', '9') < 0 && !IsInHeading(link);
    }

    private static bool IsInHeading(IElement link)
    {
        for (var parent = link.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }

        return false;
    }
}
