using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;h1&gt;…&lt;/h1&gt;…&lt;footer id="meta-data"&gt;&lt;dl&gt;&lt;dt&gt;About:&lt;/dt&gt;&lt;dd&gt;…&lt;/dd&gt;&lt;dt&gt;Topics:&lt;/dt&gt;&lt;dd&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…":
/// HTML5 gives an article its own footer, for data about the article: its credits, its topics. A footer counts as the
/// site's where tag rows are read (<see cref="SiteWideRow"/>), but one that is a child of the article, itself in no rail,
/// menu or footer, belongs to the story, as the post's data aside does (<see cref="PostMetaAsideInArticle"/>): its
/// labelled topics are the story's tags, where the same links in the site's browse overlay are not.
/// Cost: a parent walk from the footer, only for a definition list already found inside a footer.
/// </summary>
internal static class PostMetaFooterInArticle
{
    public static bool Holds(IElement element) =>
        element.Nearest(LabelledTagLinks.SiteWideRows) is { LocalName: "footer" } footer
        && footer.ParentElement is { LocalName: "article" } article
        && !SiteWideRow.Holds(article);
}
