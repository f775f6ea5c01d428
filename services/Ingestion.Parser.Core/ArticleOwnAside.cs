using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;h1&gt;…&lt;/h1&gt;&lt;/header&gt;&lt;div class="main"&gt;…&lt;/div&gt;&lt;footer&gt;…&lt;/footer&gt;
/// &lt;aside&gt;&lt;div class="comments"&gt;…": a template (SPIP's, among others) that sets the story's newsletter box and
/// its reader thread in an &lt;aside&gt; of the headlined article itself. That aside is the article's own, no page
/// sidebar: a thread box inside it is the page's thread, where a sidebar's "latest comments" box is not.
/// </summary>
internal static class ArticleOwnAside
{
    public static bool Is(IElement aside) =>
        aside.LocalName == "aside" && aside.ParentElement is { LocalName: "article" } article && article.SelectFirst("h1") is not null
        && article.ParentElement?.Nearest("aside, [role='complementary']") is null;
}
