using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="widget rpwe_widget"&gt;&lt;h3 class="widgettitle"&gt;Recent Posts&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;h3&gt;&lt;a href="/other-post/"&gt;…&lt;/a&gt;&lt;/h3&gt;
/// &lt;time class="published" datetime="…"&gt;": a WordPress widget's list of posts dates each listed post, not the page
/// it is placed on. On a page whose h1 does not show the title (a landing page) <see cref="OtherStoryCard"/> is off, and
/// the widget's time was the only one the page gave. A time inside a widget (".widget", WordPress's class for every
/// widget box), in a list item that also holds a link which does not hold the time, is such a post's; a widget that
/// holds the page's h1 is the page's content and is not asked. Cost: for each time element, one walk up to the nearest
/// widget; on a match, a walk up to its list item and one look for its link and for an h1 in the widget.
/// The time's class ("rpwe-time published") names publication, so <see cref="PublishedDateSpan"/> asks the same of the
/// elements it reads for their printed date ("May 30, 2019").
/// "&lt;aside role="complementary"&gt;&lt;div class="simple-list"&gt;&lt;h2&gt;From this blog&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/next-post"&gt;…&lt;/a&gt;
/// &lt;span class="author"&gt;&lt;time datetime="…"&gt;": a blog platform's rail beside the text lists the blog's other posts
/// the same way without WordPress's class; its heading links nowhere, so <see cref="OtherStoryCard"/> leaves it, and its
/// first time (the blog's newest post) dated the page, whose own date is printed without a time element. The page's
/// complementary rail (an aside, or role="complementary") is such a box too (RailListPostTime, a widening).
/// </summary>
internal static class WidgetPostTime
{
    /// <summary>A WordPress widget, or the page's rail beside the text (RailListPostTime).</summary>
    private const string ListingBoxes = ".widget, aside, [role='complementary']";

    public static bool Is(IElement time)
    {
        if (time.Nearest(ListingBoxes) is not { } widget || widget.SelectFirst("h1") is not null)
        {
            return false;
        }

        for (var item = time.ParentElement; item is not null && item != widget; item = item.ParentElement)
        {
            if (item.LocalName == "li")
            {
                return item.SelectFirst("a[href]") is { } link && !link.Contains(time);
            }
        }

        return false;
    }
}
