using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A rail's, a menu's or an in-text teaser card for another story sets that story's headline in the figcaption of its
/// thumbnail. It describes no picture of the article, so it is neither caption nor text. The shapes:
/// <list type="bullet">
/// <item>"&lt;a href="/2017/01/24/…"&gt;&lt;figure&gt;&lt;img&gt;&lt;/figure&gt;&lt;figcaption&gt;Headline&lt;/figcaption&gt;&lt;/a&gt;": picture and
/// caption are one link to another page;</item>
/// <item>"&lt;figure&gt;&lt;a href="/wirtschaft/story"&gt;&lt;img&gt;&lt;figcaption&gt;&lt;div&gt;Kicker&lt;/div&gt;&lt;h3&gt;Headline&lt;/h3&gt;&lt;p&gt;Blurb …
/// Von Name&lt;/p&gt;&lt;/figcaption&gt;&lt;/a&gt;&lt;/figure&gt;": the same with a heading in the caption, a whole teaser card set
/// between two paragraphs, which goes with its picture;</item>
/// <item>"&lt;a href="…"&gt;&lt;article&gt;&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;&lt;h5&gt;Headline&lt;/h5&gt;&lt;p&gt;1 hour ago&lt;/p&gt;&lt;/figcaption&gt;…":
/// a headed caption inside a card's link;</item>
/// <item>"&lt;figure&gt;&lt;a href="/story/"&gt;&lt;img&gt;&lt;/a&gt;&lt;figcaption&gt;&lt;a href="/story/"&gt;Headline&lt;/a&gt;&lt;/figcaption&gt;&lt;/figure&gt;":
/// picture and caption link apart to the same page, the picture's link also in a wrapper of its own (WordPress's related-posts
/// gallery: "&lt;figure class="gallery-item"&gt;&lt;div class="gallery-icon"&gt;&lt;a href="/1899"&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;figcaption&gt;…"),
/// also with the caption's link in a heading of its own ("&lt;figcaption&gt;&lt;h3&gt;&lt;a href="/story/"&gt;Headline&lt;/a&gt;&lt;/h3&gt;"),
/// and with that heading over the story's writer and day (a feed's card, <see cref="HeadlineOverByline"/>).</item>
/// </list>
/// A link to the picture itself (a lightbox's larger copy, "/photo.jpg") keeps its caption, and so does a caption in
/// another element inside such a link (Plone's "&lt;p class="discreet"&gt;"): only a <c>figcaption</c>, a card's markup, is read so,
/// or a caption box inside a card's link whose title is the box's words (<see cref="TitledCardCaption"/>).
/// </summary>
internal static class TeaserCardCaption
{
    /// <summary>The element to remove when <paramref name="caption"/> is a teaser's headline (the caption, or the whole headed card), else null.</summary>
    public static IElement? Of(IElement caption)
    {
        if (caption.LocalName != "figcaption")
        {
            // "<a href="/story/"><article><img><span class="figcaption">Headline</span>": a figcaption by its class in a
            // card's link with its thumbnail (FigcaptionClassCard).
            if (FigcaptionClassCard.Is(caption) && caption.Nearest("a[href]") is { } cardLink && IsStoryLink(cardLink.GetAttribute("href"))
                && cardLink.SelectFirst("img, picture") is not null)
            {
                return caption;
            }

            return TitledCardCaption(caption) || HeadedCardCaption(caption) || BlurbLinkedApartFromThumbnail(caption) || LinkedCaptionBesideThumbnail(caption) ? caption : null;
        }

        if (caption.Nearest("a[href]") is { } link && IsStoryLink(link.GetAttribute("href")))
        {
            var pictured = link.SelectFirst("img, picture") is not null;
            if (caption.SelectFirst("h1, h2, h3, h4, h5, h6") is not null)
            {
                return pictured ? link.Nearest("figure") ?? link : caption;
            }

            if (pictured)
            {
                return caption;
            }
        }

        return LinksApartToItsPicturesPage(caption) || LinksApartToLazyThumbnail(caption) ? caption : null;
    }

    /// <summary>
    /// LazyThumbnailCardCaption: "&lt;article class="thumbnail"&gt;&lt;figure&gt;&lt;a class="thumbnail__image lazy"
    /// data-original="/thumb.jpg" href="/raksts/story.a1/"&gt;&lt;/a&gt;&lt;/figure&gt;&lt;figcaption&gt;&lt;a href="/raksts/story.a1/"&gt;Headline
    /// &lt;span&gt;(3)&lt;/span&gt;&lt;/a&gt;&lt;/figcaption&gt;&lt;/article&gt;": a related row's or a rail's card sets its figcaption beside the
    /// figure, not in it, and the figure's link to the same story holds no picture until a script loads one from a data
    /// attribute. The caption's words are all that one link's; it names another story, no picture of this one. A caption
    /// with a word of its own, or whose link goes elsewhere than the figure's, stays. Cost: asked only of a figcaption
    /// outside a figure whose previous sibling is a figure: one selector query in that figure.
    /// </summary>
    private static bool LinksApartToLazyThumbnail(IElement caption)
    {
        if (caption is not { LocalName: "figcaption", ParentElement.LocalName: not "figure", PreviousElementSibling: { LocalName: "figure" } figure }
            || SoleLink(caption) is not { } link || link.GetAttribute("href") is not { } target || !IsStoryLink(target)
            || Whitespace.Collapse(link.TextContent) is not { Length: > 0 } headline || headline != Whitespace.Collapse(caption.TextContent))
        {
            return false;
        }

        foreach (var other in figure.SelectAll("a[href]"))
        {
            if (other.GetAttribute("href") == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "&lt;a href="/liebe/story.html" title="Headline" class="o-teaser"&gt;&lt;div class="m-media"&gt;&lt;img&gt;&lt;div
    /// class="m-media__caption"&gt;&lt;div class="a-headline-teaser"&gt;Headline&lt;/div&gt;&lt;/div&gt;…&lt;/a&gt;": a rail's card sets the
    /// story's headline over its thumbnail in a box classed as a caption; the card's link names that story by its title,
    /// the words the box shows.
    /// </summary>
    private static bool TitledCardCaption(IElement caption) =>
        caption.Nearest("a[href][title]") is { } link && IsStoryLink(link.GetAttribute("href")) && link.SelectFirst("img, picture") is not null
        && Whitespace.Collapse(caption.TextContent) is { Length: > 0 } shown
        && string.Equals(shown, Whitespace.Collapse(link.GetAttribute("title")), StringComparison.Ordinal);

    /// <summary>
    /// HeadedCardCaption: "&lt;li&gt;&lt;a href="/2016/12/story/"&gt;&lt;img alt=""&gt;&lt;div class="flex-caption"&gt;&lt;div
    /// class="slider-caption-wrapper"&gt;&lt;h2 class="slider-title"&gt;Headline&lt;/h2&gt;&lt;/div&gt;&lt;/div&gt;&lt;/a&gt;&lt;/li&gt;": a carousel's
    /// slide sets a story's headline as a heading in a box classed as a caption, inside the slide's link to that story with
    /// its thumbnail, as a figcaption's card does (<see cref="Of"/>); the heading is all the box says. A picture's caption
    /// holds no heading of its own.
    /// HeadingClassedCaptionInCard (a widening): "&lt;a class="story" href="/showbiz/418023/story"&gt;&lt;div class="photo"&gt;&lt;img&gt;&lt;h4
    /// class="caption"&gt;Headline&lt;/h4&gt;&lt;/div&gt;&lt;p class="lead"&gt;Blurb&lt;/p&gt;&lt;/a&gt;": a rail's card names the heading itself a
    /// caption, set over the thumbnail inside the card's one link to the other story. A heading classed so right under a
    /// picture outside such a link stays that picture's caption (<see cref="CaptionClassedHeading"/>).
    /// </summary>
    private static bool HeadedCardCaption(IElement caption) =>
        (caption.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? caption : caption.SelectFirst("h1, h2, h3, h4, h5, h6")) is { } heading
        && caption.Nearest("a[href]") is { } link && IsStoryLink(link.GetAttribute("href")) && link.SelectFirst("img, picture") is not null
        && Whitespace.Collapse(heading.TextContent) is { Length: > 0 } headline
        && string.Equals(headline, Whitespace.Collapse(caption.TextContent), StringComparison.Ordinal);

    /// <summary>
    /// LinkedCaptionBesideThumbnail (a widening): "&lt;div&gt;&lt;a href="/2011/10/06/story.html" class="img_link"&gt;&lt;img&gt;&lt;/a&gt;&lt;span
    /// class="caption"&gt;&lt;a href="/2011/10/06/story.html"&gt;Bank Says Fee Will…&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;": a "More in Business" row of
    /// thumbnails sets each story's cut headline in a caption-classed box that holds only a link to that story, the
    /// thumbnail linking to the same page right beside it in the same box. It describes no picture of the article.
    /// </summary>
    private static bool LinkedCaptionBesideThumbnail(IElement caption)
    {
        if (caption.ParentElement is not { } box || SoleLink(caption) is not { } sole || sole.GetAttribute("href") is not { } target || !IsStoryLink(target)
            || Whitespace.Collapse(sole.TextContent).Trim() != Whitespace.Collapse(caption.TextContent).Trim())
        {
            return false;
        }

        foreach (var other in box.Children)
        {
            if (other != caption && other.LocalName == "a" && other.GetAttribute("href") == target && other.SelectFirst("img, picture") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// BlurbLinkedApartFromThumbnail: "&lt;aside class="embed" data-content-type="story"&gt;&lt;a href="/news/story.html"&gt;&lt;figure&gt;&lt;img&gt;&lt;/figure&gt;&lt;/a&gt;&lt;div
    /// class="embed_related"&gt;&lt;a href="/news/story.html"&gt;&lt;span&gt;Headline&lt;/span&gt;&lt;div class="embed_related_caption"&gt;&lt;p&gt;Blurb …&lt;/p&gt;&lt;/div&gt;&lt;/a&gt;&lt;/div&gt;&lt;/aside&gt;":
    /// an in-text card for another story sets its blurb in a caption-classed box inside a link to that story, its thumbnail
    /// in a second link to the same page beside it; the box describes no picture of the article. A link to a picture file
    /// (a lightbox's larger copy) keeps its caption.
    /// </summary>
    private static bool BlurbLinkedApartFromThumbnail(IElement caption)
    {
        if (caption.Nearest("a[href]") is not { } link || link.GetAttribute("href") is not { } target || !IsStoryLink(target)
            || link.SelectFirst("img, picture") is not null || link.Nearest("aside, figure, li, article") is not { } card)
        {
            return false;
        }

        foreach (var other in card.SelectAll("a[href]"))
        {
            if (other != link && other.GetAttribute("href") == target && other.SelectFirst("img, picture") is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LinksApartToItsPicturesPage(IElement caption) =>
        caption is { ParentElement: { LocalName: "figure" } figure }
        && (SoleLink(caption) is { } sole && Whitespace.Collapse(sole.TextContent) == Whitespace.Collapse(caption.TextContent) ? sole : HeadlineOverByline(caption)) is { } link
        && link.GetAttribute("href") is { } target && IsStoryLink(target)
        && figure.SelectAll("a[href]").Any(other => other != link && other.GetAttribute("href") == target && other.SelectFirst("img, picture") is not null)
        || LinkWordsOnly(caption);

    /// <summary>
    /// LinkWordsCaption: "&lt;figure&gt;&lt;div&gt;&lt;a href="/videos/clip"&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;figcaption&gt;&lt;span&gt;&lt;a
    /// href="/videos/clip"&gt;Headline&lt;/a&gt;&lt;/span&gt;&lt;div&gt;&lt;button&gt;Share&lt;/button&gt;&lt;/div&gt;…&lt;/figcaption&gt;&lt;/figure&gt;" (a rail's card
    /// with its share buttons) or "&lt;figcaption&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/people/ana"&gt;Ana Ruiz&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;…" under
    /// a portrait linking to "/people/ana" (a box of the people the story names): every word the caption shows is a
    /// link's or a button's, and one of its links goes where the picture's own link goes. It names pages, not what the
    /// picture shows; a caption with a word of its own, or whose picture links nowhere it links, stays. Cost: asked only of
    /// a figcaption in a figure with a picture link and a link of its own: one walk of the caption's text nodes.
    /// </summary>
    private static bool LinkWordsOnly(IElement caption)
    {
        if (caption is not { LocalName: "figcaption", ParentElement: { LocalName: "figure" } figure } || caption.SelectFirst("a[href]") is null)
        {
            return false;
        }

        var pictureLinks = new List<string>();
        foreach (var link in figure.SelectAll("a[href]"))
        {
            if (!caption.Contains(link) && link.SelectFirst("img, picture") is not null && link.GetAttribute("href") is { } href && IsStoryLink(href))
            {
                pictureLinks.Add(href);
            }
        }

        if (pictureLinks.Count == 0 || !caption.SelectAll("a[href]").Any(link => pictureLinks.Contains(link.GetAttribute("href")!)))
        {
            return false;
        }

        foreach (var node in caption.Descendants())
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data)
                && (text.ParentElement?.Nearest("a, button") is not { } holder || !caption.Contains(holder)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "&lt;figcaption&gt;&lt;h3 class="entry-title"&gt;&lt;a href="/articles/story"&gt;Headline&lt;/a&gt;&lt;/h3&gt;&lt;div
    /// class="author-attribution"&gt;&lt;a href="/u/name"&gt;&lt;img class="avatar"&gt;&lt;span&gt;Name&lt;/span&gt;&lt;/a&gt; •
    /// &lt;time datetime="…"&gt;March 15, 2019&lt;/time&gt;&lt;/div&gt;&lt;/figcaption&gt;": a feed's card opens its caption with
    /// the story's headline, a heading holding only its link, and puts the writer and the day under it: the heading's link,
    /// which <see cref="LinksApartToItsPicturesPage"/> then matches with the thumbnail's own link.
    /// </summary>
    private static IElement? HeadlineOverByline(IElement caption) =>
        caption.FirstElementChild is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6", Children: [{ LocalName: "a" } link] } heading
        && caption.ChildElementCount > 1
        && Whitespace.Collapse(link.TextContent) is { Length: > 0 } headline && headline == Whitespace.Collapse(heading.TextContent)
        && caption.FirstChild is { } first && (first == heading || (first is IText && string.IsNullOrWhiteSpace(first.TextContent) && first.NextSibling == heading))
            ? link
            : null;

    /// <summary>
    /// The caption's one link, alone in it or alone in its one heading: "&lt;figcaption&gt;&lt;h3 class="teaser__headline"&gt;&lt;a
    /// href="/stars/story.html"&gt;Headline&lt;/a&gt;&lt;/h3&gt;&lt;/figcaption&gt;" (a magazine's rail of related stories).
    /// </summary>
    private static IElement? SoleLink(IElement caption) => caption.Children switch
    {
        [{ LocalName: "a" } link] => link,
        [{ LocalName: "h2" or "h3" or "h4" or "h5" or "h6", Children: [{ LocalName: "a" } link] }] => link,
        // ParagraphLinkTeaserCaption: a video rail's card sets the link in a paragraph of its own ("&lt;figcaption
        // class="teaser-media__caption"&gt;&lt;p class="teaser-media__caption-text"&gt;&lt;a href="/story.html"&gt;Headline&lt;/a&gt;&lt;/p&gt;"),
        // the picture's link to the same story in a wrapper beside it.
        [{ LocalName: "p", Children: [{ LocalName: "a" } link] }] => link,
        _ => null,
    };

    /// <summary>
    /// "&lt;div class="item-thumbnail"&gt;&lt;a href="/2019/05/story.html"&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;div class="item-title"&gt;&lt;a
    /// href="/2019/05/story.html"&gt;Headline&lt;/a&gt;&lt;/div&gt;": a popular-posts widget's (Blogger's, a theme's related posts)
    /// thumbnail over its headline, both linking apart to the same story, without a figure: the line under the picture is
    /// that story's headline, no caption of it.
    /// </summary>
    public static bool IsHeadlineUnder(IElement picture, IElement below)
    {
        // The headline alone in its box, or over the card's like button (HeadlineOverCardButtons).
        var headline = below.Children is [{ LocalName: "a" } only] && Whitespace.Collapse(only.TextContent) == Whitespace.Collapse(below.TextContent)
            ? only
            : HeadlineOverCardButtons.HeadlineOf(below)
            // A card's kicker, linked headline, opening and byline in one box under the thumbnail (CardBodyHeadline).
            ?? CardBodyHeadline.Of(below);
        if (headline?.GetAttribute("href") is not { } target || !IsStoryLink(target))
        {
            return false;
        }

        var pictureLink = picture.LocalName == "a" ? picture : picture.SelectFirst("a[href]");
        return pictureLink?.GetAttribute("href") == target;
    }

    /// <summary>
    /// "&lt;a href="/2016/11/28/other-story/"&gt;&lt;img&gt;&lt;div class="teaser-title"&gt;Headline&lt;/div&gt;&lt;/a&gt;": a hero bar's or a
    /// rail's card without a figure sets the other story's headline under its thumbnail inside the one link to that story,
    /// as the figcaption form of <see cref="Of"/> does; the line names that story, no picture of this one. A link to the
    /// picture's own file (a lightbox's larger copy) keeps its caption.
    /// </summary>
    public static bool IsHeadlineInSameLink(IElement picture, IElement below) =>
        below.ParentElement is { LocalName: "a" } link && picture.ParentElement == link && IsStoryLink(link.GetAttribute("href"));

    private static bool IsStoryLink(string? href)
    {
        var path = href.AsSpan();
        if (path.IndexOfAny('?', '#') is var end and >= 0)
        {
            path = path[..end];
        }

        return path.Length > 1 && !PictureFileName.Is(path);
    }
}
