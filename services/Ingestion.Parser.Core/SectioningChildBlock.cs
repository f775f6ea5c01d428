using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="rails"&gt;&lt;section&gt;&lt;h2&gt;Latest in …&lt;/h2&gt;&lt;article&gt;…&lt;/article&gt;…&lt;a&gt;All articles …&lt;/a&gt;&lt;/section&gt;&lt;/div&gt;":
/// a div whose child is a section (or an article, an aside, a nav, a header or a footer) holds a part of the page, however
/// its last words end; it is no paragraph written as a div. Read as one, the rail of cards under a story that sits in the
/// story's column made that column the densest block, and every card a paragraph of the text.
/// </summary>
internal static class SectioningChildBlock
{
    public static bool Is(IElement child) => child.LocalName is "section" or "article" or "aside" or "nav" or "header" or "footer";
}
