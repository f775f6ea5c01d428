using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="link" href="/article/2019/04/30/169527.html"&gt;&lt;article class="side-content"&gt;&lt;img class="figure"&gt;&lt;span
/// class="figcaption"&gt;Headline&lt;/span&gt;&lt;/article&gt;&lt;/a&gt;": a rail's teaser card for another story names its
/// headline's span "figcaption" by class, as its thumbnail is named "figure", where other templates write the
/// elements themselves. Inside a link to another page that holds a picture, such a span is read as the figcaption
/// element is (<see cref="TeaserCardCaption"/>): the card's headline, no caption and no text. A caption classed
/// "figcaption" under a picture outside any link stays the picture's caption. Cost: asked only of elements already
/// taken for captions that are no figcaption element: one class-list test.
/// </summary>
internal static class FigcaptionClassCard
{
    public static bool Is(IElement caption) => caption.ClassList.Contains("figcaption");
}
