using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkWrappedExcerptRootTests
{
    [Fact]
    public void A_rail_cards_excerpt_box_all_one_link_is_no_content_root()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry timetable changes for the summer | Harbour Radio</title></head><body>
            <div id="content"><article><h1>Ferry timetable changes for the summer</h1>
            <div class="texte"><p>The island ferry will sail every forty minutes from June, the operator said on Monday, after a winter of hourly crossings.</p>
            <p>The first boat will leave the harbour at six, an hour earlier than now, and the last will return from the island at eleven at night.</p>
            <p>Season tickets bought before May keep their old price.</p></div></article></div>
            <div class="aside" id="aside"><h2>Your messages</h2>
            <article class="entry hentry"><h3><a href="/other-story?message=71#comment71">Not enough boats</a></h3>
            <div class="entry-content"><a href="/other-story?message=71#comment71">I would like to add something to what the harbour master said about the winter crossings: nobody asked the people who live on the island what they needed from the timetable, and the answer would have been quite different from (...)
            <p class="publication">— 22 September, by Hollis Crane.</p></a></div></article></div>
            </body></html>
            """), "ferry.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The island ferry will sail", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_with_text_of_its_own_beside_a_link_is_still_a_candidate()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div class=\"entry-content\">The island ferry will sail more often, <a href=\"/timetable\">the operator said</a>.</div>");

        Assert.False(LinkWrappedExcerptRoot.Is(document.QuerySelector(".entry-content")!));
    }
}
