using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZonedTimeTitleTests
{
    private static ParsedPage Parse(string time) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night Tide review | Quay Records Weekly</title></head><body>
        <article><h1>The Harbour Lights: Night Tide</h1>
        <div class="article-meta">by <a href="/staff/marta-olsen/">Marta Olsen</a> {{time}}</div>
        <div class="contents">
        <p>For two records the band sounded like the fog itself: slow, grey and in no hurry to lift. The new one opens with a tambourine and does not look back.</p>
        <p>The songs are shorter, the guitars are louder, and the singer finally sounds as if he wants to be heard over the waves on the breakwater.</p>
        </div></article></body></html>
        """), "review.html");

    [Fact]
    public void A_tooltip_giving_the_stamps_clock_with_a_zone_gives_the_zone()
    {
        var page = Parse("""<time class="pub-date" datetime="2019-06-07T05:00:00" title="Fri, 07 Jun 2019 05:00:00 GMT">June 7 2019</time>""");
        Assert.Equal("2019-06-07T05:00:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_tooltip_of_another_clock_leaves_the_stamp()
    {
        var page = Parse("""<time class="pub-date" datetime="2019-06-07T05:00:00" title="Fri, 07 Jun 2019 01:00:00 EDT">June 7 2019</time>""");
        Assert.Equal("2019-06-07T05:00:00", page.PublishedAt);
    }
}
