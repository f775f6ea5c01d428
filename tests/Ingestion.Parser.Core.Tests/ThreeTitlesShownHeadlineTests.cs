using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreeTitlesShownHeadlineTests
{
    private static ParsedPage Parse(string documentTitle, string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta property="og:title" content="Marta Quell steers in father Tomas's wake">
        <meta property="og:site_name" content="Coast Weekly"><title>{documentTitle}</title></head><body>
        <main class="content article">
        <div class="intro"><h1 class="headline">{heading}</h1>
        <div class="quick-hit"><h4>Quickly</h4><ul><li>How did a crossing that lost money for a decade come back? Start with the woman at the wheel.</li></ul></div></div>
        <div class="share"><div>Share</div><a href="https://social.example/share?u=ferry"></a></div>
        <div class="padded"><div class="byline"><a href="/author/ines-marlow">Ines Marlow</a></div><div class="timestamp">Thursday January 12th, 2017</div></div>
        <div class="article-body">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        </div></main></body></html>
        """), "ferry.html");

    [Fact]
    public void The_h1_in_the_main_box_wins_where_share_title_document_title_and_h1_all_differ()
    {
        var page = Parse("Marta Quell follows father at the ferry wheel | Coast Weekly", "A Steady Hand: Marta Quell follows her father at the ferry's wheel");
        Assert.Equal("A Steady Hand: Marta Quell follows her father at the ferry's wheel", page.Title);
    }

    [Fact]
    public void A_document_title_that_repeats_the_share_title_leaves_it()
    {
        var page = Parse("Marta Quell steers in father Tomas's wake | Coast Weekly", "A Steady Hand: Marta Quell follows her father at the ferry's wheel");
        Assert.Equal("Marta Quell steers in father Tomas's wake", page.Title);
    }

    [Fact]
    public void A_document_title_naming_a_section_leaves_the_share_title()
    {
        var page = Parse("Coast news and notices", "A Steady Hand: Marta Quell follows her father at the ferry's wheel");
        Assert.Equal("Marta Quell steers in father Tomas's wake", page.Title);
    }
}
