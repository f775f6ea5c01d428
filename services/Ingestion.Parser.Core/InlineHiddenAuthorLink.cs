using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="https://social.example/1123" rel="author" style="display:none;"&gt;Harbour Labs&lt;/a&gt;" in a post's footer: a
/// blog template links the company's social profile as the author for search engines and hides it from readers, while
/// the post signs itself in the text ("Posted by Name, Role"). A link marked as the author and hidden by its own inline
/// style is no byline a reader sees; the shown one is read instead.
/// </summary>
internal static class InlineHiddenAuthorLink
{
    public static bool Is(IElement byline) =>
        byline.LocalName == "a" && byline.GetAttribute("style") is { } style
        && InlineStyle.HidesDisplay(style);
}
