using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Boxes set into a story under a heading of their own: "&lt;h4&gt;Opinion&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Is Iran's charm
/// offensive for real?&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;", "Part of complete coverage on" over links, where nothing but the heading is
/// outside the links; and "STORY HIGHLIGHTS" over a list of the story's points. Neither is text.
/// </summary>
internal static class HeadedLinkBox
{
    private const int LongestBox = 600;

    /// <summary>
    /// "&lt;h2&gt;Más Noticias&lt;/h2&gt;&lt;a&gt;&lt;h2&gt;Headline&lt;/h2&gt;&lt;h3&gt;Its deck …&lt;/h3&gt;&lt;img&gt;&lt;/a&gt;…": a feed of story cards
    /// under a heading runs longer than a box of bare links, each card's deck inside its link; every word but the
    /// heading's is still a link's.
    /// </summary>
    private const int LongestCardFeed = 4000;
    private const int MinCards = 3;

    /// <summary>
    /// Labels of a box of links to other stories, set in a line of their own rather than a heading ("&lt;div&gt;&lt;p
    /// class="text-bold"&gt;Explore further&lt;/p&gt;&lt;/div&gt;&lt;a&gt;…&lt;/a&gt;").
    /// </summary>
    private static readonly WordSet RelatedLabels = new(
        "explore further", "related stories", "recommended stories", "related coverage", "related articles", "related content", "more on this",
        "more on this story", "read more", "see also", "more stories", "recommended for you",
        // "<div class="boxHead">Weiterführender Link</div><div class="boxInner"><a>…</a></div>": a German trade magazine's box
        // of links under the text, its label in a div.
        "weiterführender link", "weiterführende links", "mehr zum thema", "lesen sie auch", "weitere artikel");

    public static void Remove(IElement root)
    {
        // "<section class="more-on"><h2>Recommended Stories</h2><ul><li><a>…</a></li>…</ul></section>": a section is a box too.
        // Teasers with kickers under a related heading that grid wrappers hold are one too (RelatedTeaserSection).
        foreach (var box in root.SelectAll("div, section").Where(box => ShownLength.Of(box.TextContent) < LongestBox ? IsLinkBox(box) || IsSummaryBox(box) || RelatedTeaserSection.Is(box) : IsCardFeed(box)).ToList())
        {
            box.Remove();
        }

        // One card for another story between the paragraphs, and a box advertising the issue the story comes from.
        foreach (var box in root.Descendants<IElement>().Where(LinkedHeadlineCard.Is).Concat(LeadInLinkListBox.In(root)).ToList())
        {
            if (root.Contains(box))
            {
                box.Remove();
            }
        }
    }

    /// <summary>
    /// "&lt;div class="RelatedContent"&gt;&lt;header&gt;&lt;h3&gt;Other People Are Reading&lt;/h3&gt;&lt;/header&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;…":
    /// a box of other stories between two steps, its related heading in a header element of its own. The page's header
    /// landmarks go before the text is read, and this one took the heading with it, leaving its headlines as paragraphs:
    /// such a box goes first, whole.
    /// </summary>
    public static void RemoveHeaderHeaded(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var header in body.SelectAll("header").ToList())
        {
            if (header.Children is [var heading] && IsHeading(heading) && header.ParentElement is { LocalName: "div" or "section" } box && box.FirstElementChild == header
                && NodeText.IsShorterThan(box, LongestBox) && BoilerplateFilter.IsRelatedHeading(Whitespace.Collapse(heading.TextContent)) && IsLinkBox(box))
            {
                box.Remove();
            }
        }
    }

    private static bool IsCardFeed(IElement box) =>
        NodeText.IsShorterThan(box, LongestCardFeed) && box.Children.Count(child => child.LocalName == "a" && child.SelectFirst("h2, h3, h4, h5, h6") is not null) >= MinCards
        && IsLinkBox(box);

    private static IElement? Heading(IElement box) =>
        box.Children.FirstOrDefault(IsHeading)
        // "<div class="RelatedContent"><header><h3>Other People Are Reading</h3></header><ul>…</ul></div>": the box's
        // heading in a header element of its own.
        ?? (box.FirstElementChild is { LocalName: "header" } header && header.Children is [var only] && IsHeading(only) ? header : null)
        ?? (box.FirstElementChild is { } first && first.SelectFirst("a") is null && RelatedLabels.Contains(Whitespace.Collapse(first.TextContent).AsSpan().Trim(" :")) ? first : null)
        // "Mehr Kolumnen auf MeinMMO:" over link cards: a label of any words with its colon (ColonLabelOverLinkCards).
        ?? (box.FirstElementChild is { } label && ColonLabelOverLinkCards.Is(box, label) ? label : null);

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool IsLinkBox(IElement box)
    {
        if (Heading(box) is not { } heading || box.SelectFirst("a") is null)
        {
            return false;
        }

        return box.Descendants<IText>().All(text =>
            text.Data.AsSpan().Trim(" \u00a0\t\r\n|·•»›:-–—").Length == 0
            || heading.Contains(text)
            || text.ParentElement?.Nearest("a") is { } link && box.Contains(link)
            // "On this story" over links, "In this series" over more: the sub-headings of a box of two lists (SubheadedLinkLists).
            || SubheadedLinkLists.InHeading(text, box)
            // "<span class="screen-reader-text">list 1 of 3</span>": what only a screen reader speaks is no text of the box, nor
            // what a closed pop-up holds some levels under the element that hides it (HiddenInsideBox).
            || HiddenInsideBox.Hides(text, box));
    }

    private static bool IsSummaryBox(IElement box) =>
        Heading(box) is { } heading
        && TextArticleReader.SummaryLabels.Contains(Whitespace.Collapse(heading.TextContent).AsSpan().Trim(" :"))
        && box.Children.All(child => child == heading || child.LocalName is "ul" or "ol");
}
