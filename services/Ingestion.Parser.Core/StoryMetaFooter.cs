using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;h1&gt;…&lt;/h1&gt;&lt;/header&gt;&lt;footer class="entry-meta"&gt;&lt;p&gt;07.11.23 | &lt;a&gt;Name&lt;/a&gt;
/// &lt;span class="disqus-comment-count"&gt;0&lt;/span&gt; Kommentare&lt;/p&gt;&lt;/footer&gt;": HTML5 templates (WordPress's
/// "entry-meta" among them) set the story's date, writer and comment count in a <c>footer</c> of the story's own
/// <c>article</c>, under its headline. That footer is the story's meta row, not the page's footer that lists other
/// stories' counts: the <c>article</c> around it holds the page's <c>h1</c>. A teaser card's <c>article</c> in a rail
/// holds its own <c>h2</c> or <c>h3</c>, so its footer stays one of the other stories'.
/// </summary>
internal static class StoryMetaFooter
{
    /// <summary>Whether <paramref name="footer"/> is the meta row of the story's own article.</summary>
    public static bool Is(IElement footer)
    {
        if (footer.LocalName != "footer")
        {
            return false;
        }

        for (var ancestor = footer.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "article")
            {
                return ancestor.SelectFirst("h1") is not null;
            }
        }

        return false;
    }
}
