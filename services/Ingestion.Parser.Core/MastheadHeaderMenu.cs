using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;header class="thm-header"&gt;&lt;div class="header-logo"&gt;…&lt;dl class="nav-giga"&gt;&lt;dt&gt;Hot topics&lt;/dt&gt;&lt;dd
/// class="keyword"&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;CES 2018&lt;/a&gt;…": the site's masthead, the page's own header over every story,
/// prints the site's topics of the day in a box classed like a keyword list. A header that holds no h1 and stands in no
/// article and no main element is the site's masthead, not the story's header (which holds the headline); inside it, as
/// inside a &lt;nav&gt; (<see cref="TagLinks"/>), only an element classed as tags holds the story's tags. Risk: a story's tag row
/// set in a page-level header apart from its headline; its class still names tags there. Cost: per header element met
/// in the tag-link walk, one h1 query and a walk up its ancestors.
/// </summary>
internal static class MastheadHeaderMenu
{
    public static bool Is(IElement element) =>
        element.LocalName == "header" && element.SelectFirst("h1") is null && element.Nearest("article, main") is null;
}
