using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="inline-article"&gt;&lt;a href="/nfl/…"&gt;&lt;div class="media"&gt;&lt;div class="media-img"&gt;…&lt;img&gt;…&lt;/div&gt;
/// &lt;div class="media-body"&gt;&lt;div class="heading-list"&gt;NFL&lt;/div&gt;&lt;div class="tile-heading"&gt;Other headline&lt;/div&gt;
/// &lt;/div&gt;&lt;/div&gt;&lt;/a&gt;&lt;/div&gt;": a card for another story whose headline is a plain block named a heading, title or
/// headline by its class, not a heading element. Inside the card's one link beside its thumbnail it is the card's headline
/// as an h3 would be (<see cref="LinkedHeadlineCard"/>), the section over it the card's kicker.
/// </summary>
internal static class HeadlineClassedBlockCard
{
    public static bool HoldsOne(IElement box) =>
        box.SelectFirst("a div[class*='heading'], a div[class*='headline'], a div[class*='title'], a span[class*='headline'], a span[class*='title']") is not null;
}
