using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserParagraphsBeforeBodyTests
{
    private const string Page = """
        <html><head><title>Three Ways the Bridge Contract Went Wrong</title><meta property="og:site_name" content="Valley Ledger" /></head>
        <body><article class="main"><header><h1>Three Ways the Bridge Contract Went Wrong</h1></header>
        <section class="byline"><span>By</span> <a href="/profile/okeller">Omar Keller</a></section>
        <section class="story">
        <div class="story-teaser">
        <p>Two former county commissioners were charged on Monday with steering a bridge contract to a friend's firm, according to the filing the district attorney made public in the afternoon.</p>
        <p>The firm had never built a bridge before it won the bid, and its owner had paid for both men's hunting trips the year before.</p>
        </div>
        <div class="story-body">
        <p>Now the men face six counts each, and the county has asked the state to review every contract the pair signed in office.</p>
        <p>The firm's lawyer said the contract was won fairly and that the trips were paid back in full before the bidding opened.</p>
        <p>A hearing is set for next month in the district court, where both men are expected to plead not guilty to every count.</p>
        </div>
        </section></article></body></html>
        """;

    [Fact]
    public void The_opening_paragraphs_in_a_teaser_box_before_the_body_open_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "bridge.html");
        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.StartsWith("Two former county commissioners", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_paragraph_standfirst_in_such_a_box_stays_out()
    {
        var standfirst = Page.Replace("""
        <p>The firm had never built a bridge before it won the bid, and its owner had paid for both men's hunting trips the year before.</p>

        """, string.Empty, StringComparison.Ordinal);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(standfirst), "bridge.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Now the men face", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
