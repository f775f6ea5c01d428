using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;h2&gt;…&lt;/h2&gt;&lt;/header&gt;&lt;aside class="postData"&gt;&lt;dl&gt;&lt;dt&gt;Date&lt;/dt&gt;&lt;dd&gt;…&lt;/dd&gt;&lt;dt&gt;Tags&lt;/dt&gt;&lt;dd&gt;&lt;a&gt;…",
/// "&lt;article&gt;…&lt;footer id="meta-data"&gt;&lt;dl&gt;&lt;dt&gt;Topics:&lt;/dt&gt;&lt;dd&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…": a template sets the post's
/// own data (its date, credits, category and topics) in an aside or, as HTML5 gives an article a footer of its own, a
/// footer inside the post's article. Both count as site-wide where tag rows are read (<see cref="SiteWideRow"/>), but one
/// that is a child of the article, itself in no rail, menu or footer, belongs to the post: its tag list is the post's.
/// The blog's own rail (a tag cloud with counts, an aside beside the article) and the site's footer or browse overlay
/// stay site-wide.
/// Cost: a parent walk from the box, only for a tag row already found inside an aside or a footer.
/// </summary>
internal static class PostMetaBoxInArticle
{
    public static bool Holds(IElement element) =>
        element.Nearest(LabelledTagLinks.SiteWideRows) is { LocalName: "aside" or "footer" } box
        && box.ParentElement is { LocalName: "article" } article
        && !SiteWideRow.Holds(article);
}
