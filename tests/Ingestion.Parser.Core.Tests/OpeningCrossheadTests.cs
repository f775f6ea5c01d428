using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OpeningCrossheadTests
{
    private const string Page = """
        <html><head><title>The winter ferry, season by season | Harbour Weekly</title></head><body>
        <article class="article-single"><header class="article-header"><h1 itemprop="headline">The winter ferry, season by season</h1>
        <h2 itemprop="description">What three years of crossings tell us about the harbour.</h2>
        <p class="byline"><a href="/author/dana/" rel="author"><span itemprop="name">Dana Whitcomb</span></a> - <time datetime="2026-03-02T09:15:00+00:00">Mar 2, 2026 9:15 am UTC</time></p></header>
        <div itemprop="articleBody" class="article-content">
        <h2>OPENING</h2>
        <p>The harbour board kept a count of every winter crossing since the ferry first ran, and the count shows the boat carried more passengers each year than the year before.</p>
        <p>In the first winter the ferry made three crossings a day, and most of them carried fewer than ten people, many of them workers at the east pier.</p>
        <h2>The second winter</h2>
        <p>A second boat joined the service in the second winter, and the timetable grew to six crossings a day, with an early boat for the fish market.</p>
        <p>Passenger numbers nearly doubled, the board said, though ice closed the crossing for nine days in February.</p>
        <h2>The third winter</h2>
        <p>By the third winter the ferry was carrying school classes and shoppers as well as workers, and the board voted to keep it running for two more years.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_crosshead_opening_a_text_divided_by_crossheads_is_its_first_paragraph()
    {
        var html = Page.Replace("OPENING", "The first winter");

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal("The first winter", page.BodyParagraphs[0]);
        Assert.Equal(8, page.BodyParagraphs.Count);
        Assert.Contains("The second winter", page.BodyParagraphs);
    }

    [Fact]
    public void A_lone_heading_over_an_undivided_text_stays_out()
    {
        var html = Page.Replace("OPENING", "A year of crossings in numbers").Replace("<h2>The second winter</h2>", string.Empty).Replace("<h2>The third winter</h2>", string.Empty);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.DoesNotContain("A year of crossings in numbers", page.BodyParagraphs);
        Assert.Equal(5, page.BodyParagraphs.Count);
    }
}
