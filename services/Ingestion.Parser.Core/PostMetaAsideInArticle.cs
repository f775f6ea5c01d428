using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;h2&gt;…&lt;/h2&gt;&lt;/header&gt;&lt;aside class="postData"&gt;&lt;dl&gt;&lt;dt&gt;Date&lt;/dt&gt;&lt;dd&gt;…&lt;/dd&gt;&lt;dt&gt;Tags&lt;/dt&gt;&lt;dd&gt;&lt;a&gt;…":
/// a blog template sets the post's own data (its date, category and tags) in an aside inside the post's article, beside
/// the text. An aside counts as a site-wide rail where tag rows are read (<see cref="SiteWideRow"/>), but one that is a
/// child of the article, itself in no rail, menu or footer, belongs to the post: its tag list is the post's. The blog's
/// own rail (a tag cloud with counts, an aside beside the article) stays site-wide.
/// Cost: a parent walk from the aside, only for a tag row already found inside an aside.
/// </summary>
internal static class PostMetaAsideInArticle
{
    public static bool Holds(IElement element) =>
        element.Nearest(LabelledTagLinks.SiteWideRows) is { LocalName: "aside" } aside
        && aside.ParentElement is { LocalName: "article" } article
        && !SiteWideRow.Holds(article);
}
