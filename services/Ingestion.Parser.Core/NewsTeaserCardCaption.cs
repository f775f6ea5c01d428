using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="…"&gt;&lt;article&gt;&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;&lt;h5&gt;Other story's headline&lt;/h5&gt;&lt;p&gt;1 hour
/// ago&lt;/p&gt;&lt;/figcaption&gt;&lt;/figure&gt;&lt;/article&gt;&lt;/a&gt;": a rail of teaser cards beside or under the story sets each
/// card's headline and age in the figcaption of its thumbnail. The card is a link to another story, its headline no
/// caption of a picture: a figcaption inside a link that holds a heading of its own is a teaser's text.
/// </summary>
internal static class NewsTeaserCardCaption
{
    public static bool Is(IElement caption) =>
        caption.LocalName == "figcaption"
        && caption.SelectFirst("h1, h2, h3, h4, h5, h6") is not null
        && caption.ParentElement?.Nearest("a") is not null;
}
