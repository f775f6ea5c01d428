using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="reading-wrapper tags"&gt;&lt;h4&gt;&lt;a href="/blog/categories/technical/"&gt;Technical&lt;/a&gt;&lt;/h4&gt;&lt;h1&gt;Headline&lt;/h1&gt;
/// &lt;ul&gt;&lt;li&gt;&lt;a&gt;python&lt;/a&gt;, …": a template that classes the whole head of the post as its tags box puts the
/// section kicker and a "Back to blog" link in headings inside it. A heading within a tag box heads or labels the list; its
/// links are no tags (a kicker is no tag). A heading classed as the list itself ("&lt;h3 class="thetags"&gt;") is the list.
/// </summary>
internal static class HeadingInTagBox
{
    /// <summary>Whether the element is a heading inside a tag box and not itself classed as the list.</summary>
    public static bool Is(IElement element, bool classedAsList) =>
        !classedAsList && element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
