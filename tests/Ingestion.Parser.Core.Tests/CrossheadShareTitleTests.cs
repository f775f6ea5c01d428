using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CrossheadShareTitleTests
{
    private static ParsedPage Parse(string crosshead) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour board: three questions for the harbour master</title>
        <meta property="og:title" content="What does the harbour board decide?">
        <meta property="og:site_name" content="Harbour Blog">
        </head><body>
        <article><header><h1>Three questions for the harbour master, Ines Kalder</h1></header>
        <div class="post-content">
        <p>The harbour board meets four times a year, and most readers have never seen its agenda. We asked the harbour master how it works.</p>
        <h2>{{crosshead}}</h2>
        <p>The board decides the ferry fares, the berths for the fishing fleet and the dredging of the channel every second winter.</p>
        <h2>Who sits on the board?</h2>
        <p>Five members sit on it: two from the town council, two from the shipping companies and one from the fishermen's guild.</p>
        </div></article>
        </body></html>
        """), "story.html");

    [Fact]
    public void A_share_title_printed_again_as_a_crosshead_under_the_h1_gives_way_to_the_h1()
    {
        var page = Parse("What does the harbour board decide?");
        Assert.Equal("Three questions for the harbour master, Ines Kalder", page.Title);
        Assert.Contains("What does the harbour board decide?", page.BodyParagraphs);
    }

    [Fact]
    public void A_share_title_no_heading_repeats_stays_the_title()
    {
        Assert.Equal("What does the harbour board decide?", Parse("What the board decides").Title);
    }
}
