using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="nav_topics"&gt;&lt;h2&gt;Topics&lt;/h2&gt;&lt;div&gt;&lt;nav&gt;&lt;a&gt;Security&lt;/a&gt;&lt;a&gt;Cyber-crime&lt;/a&gt;…": the masthead's
/// menu panel heads the site's sections "Topics" and wraps their &lt;nav&gt; in a box classed for it. Inside a &lt;nav&gt; only an
/// element classed as tags holds a story's tags (TagLinks); a box classed "topics" or "keywords" round the &lt;nav&gt; made
/// every section link a tag all the same. A menu that starts inside such a box starts the tag reading afresh; one inside
/// a box classed as tags ("post-tags", "tag-links") keeps its links as tags. Cost: asked only where a menu starts inside a
/// tag list box, a walk up to that box.
/// </summary>
internal static class MenuInsideTopicsBox
{
    /// <summary>Whether the menu starting at this element sits in a tag list box that is not classed as tags.</summary>
    public static bool Ends(IElement menuStart, Func<IElement, bool> isListBox)
    {
        for (var box = menuStart.ParentElement; box is not null; box = box.ParentElement)
        {
            if (isListBox(box))
            {
                return !(box.GetAttribute("class") is { } names && names.Contains("tags", StringComparison.Ordinal)) && !box.ClassList.Contains("tag-links");
            }
        }

        return false;
    }
}
