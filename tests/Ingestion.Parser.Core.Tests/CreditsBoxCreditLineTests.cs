using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditsBoxCreditLineTests
{
    private static ParsedPage Parse(string firstCreditsLine) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Solar kiosks light up the night market | Field Science Weekly</title>
        <meta property="og:site_name" content="Field Science Weekly"></head><body>
        <article id="main-article">
        <header><h1>Solar kiosks light up the night market</h1>
        <ul class="byline"><li>By <a href="/people/rosa-lind/">Rosa Lind</a> on March 4, 2015</li></ul></header>
        <section class="body">
        <aside class="img-left"><img src="/files/kiosk.jpg" alt=""></aside>
        <aside class="caption-left"><p>A fruit seller reads her ledger under a panel-fed lamp.</p></aside>
        <p>Stall holders in the river town now keep their lamps burning past midnight, powered by panels on the market roof.</p>
        <p>The cooperative that runs the kiosks says each panel pays for itself within two seasons of evening trade.</p>
        </section></article>
        <section id="authors" class="article">
        <p class="credits">{{firstCreditsLine}}<br /></p>
        <p class="credits">Tagged: <a href="/energy/">Energy</a>, <a href="/tagged/markets/">markets</a></p>
        <p class="credits"><a href="/permissions/">Reprints</a> and <a href="/permissions/">Permissions</a> | <a href="/feedback/">Send feedback</a></p>
        </section></body></html>
        """), "kiosks.html");

    [Fact]
    public void A_credit_line_in_the_credits_box_under_the_text_is_a_caption_entry()
    {
        var page = Parse("Credit: Courtesy of the River Town Cooperative");

        Assert.Equal(["A fruit seller reads her ledger under a panel-fed lamp.", "Credit: Courtesy of the River Town Cooperative"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Courtesy", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_lines_of_the_box_are_no_credit()
    {
        var page = Parse("Written with support from the River Town Cooperative");

        Assert.Equal(["A fruit seller reads her ledger under a panel-fed lamp."], page.Captions);
    }
}
