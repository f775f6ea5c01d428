using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="main-pickup"&gt;&lt;h2 class="caption"&gt;Related news&lt;/h2&gt;&lt;ul&gt;…", "&lt;h2 class="caption"&gt;&lt;span
/// class="inner"&gt;Latest&lt;/span&gt;&lt;/h2&gt;&lt;ul class="news-list"&gt;…", Squarespace's "&lt;h3 class="caption"&gt;Reader
/// Comments (3)&lt;/h3&gt;": a template names the type style of its boxes' titles "caption", as a table's caption titles
/// the table. A heading is a box's title over what follows it; a picture's caption is set under its picture, in a
/// figcaption, span, div or paragraph. A heading (h1 to h6) classed as a caption whose element before it holds no
/// picture is no caption (a logo inside the heading, the press-release service's beside its title, changes nothing). A
/// heading right under a picture keeps being read as that picture's caption. Cost: asked only of elements already
/// taken for captions: a tag-name test and, for a heading, one picture query of the element before it.
/// </summary>
internal static class CaptionClassedHeading
{
    public static bool Is(IElement caption) =>
        caption.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        && (caption.PreviousElementSibling is not { } before || (before.LocalName is not ("img" or "picture" or "figure") && before.SelectFirst("img, picture") is null));
}
