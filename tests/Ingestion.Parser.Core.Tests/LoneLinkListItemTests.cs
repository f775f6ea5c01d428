using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneLinkListItemTests
{
    private static ParsedPage Parse(string between) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Minister visits the northern ports - Coastline News</title></head><body>
        <h1>Minister visits the northern ports</h1><div class="story-body"><div class="story-body__inner">
        <p>The trade minister began a three-day tour of the northern ports on Monday, promising money for new cranes.</p>
        {between}
        <p>Dock workers said they would wait to see the money before they believed the promise, as they had heard it before.</p>
        </div></div></body></html>
        """), "page.html");

    [Fact]
    public void A_list_of_one_linked_item_between_paragraphs_is_no_body()
    {
        var page = Parse("""<ul class="story-body__unordered-list"><li class="story-body__list-item"><a href="/live/ports">Live updates from the ports tour</a></li></ul>""");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Live updates", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_points_stays()
    {
        var page = Parse("""
            <ul><li><a href="/cranes">New cranes</a> for the three largest docks</li>
            <li>A training school for crane drivers in the old customs house</li></ul>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("New cranes for the three largest docks", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("training school", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_point_with_words_outside_its_link_stays()
    {
        var page = Parse("""<ul><li>The port authority's <a href="/plan">ten-year plan</a> is to be published in June</li></ul>""");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("ten-year plan is to be published", StringComparison.Ordinal));
    }
}
