using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SeriesBoxUnderRuleTests
{
    private static ParsedPage Parse(string underRule) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Maker spotlight: Ines Varga - The Foundry Blog</title>
        <meta property="og:title" content="Maker spotlight: Ines Varga" /></head><body>
        <article><h1>Maker spotlight: Ines Varga</h1>
        <div class="post__content">
        <p>All month we talk to people who build the tools the rest of us rely on. Ines Varga keeps a compiler running on machines older than most of its users.</p>
        <h2>How did you start?</h2>
        <p>I fixed a bug in a build script at a summer job, and nobody told me to stop, so I kept on fixing things for eleven years.</p>
        <p>Want to know more about Ines Varga? Follow them on <a href="https://code.example.com/ines">Codehub</a>.</p>
        <hr />
        {underRule}
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_lead_in_over_links_to_the_series_posts_under_the_rule_is_no_body()
    {
        var page = Parse("""
            <p><i>Want to read the other interviews of the series? Read about:</i></p>
            <ul>
            <li><em><a href="https://foundry.example.com/2019-03-08-maker-spotlight-ola/">Ola Berg</a>, Release Manager at Tidewater</em></li>
            <li><em><a href="https://foundry.example.com/2019-03-14-maker-spotlight-raj/">Raj Mehta</a>, Maintainer of a parser library</em></li>
            <li><em><a href="https://foundry.example.com/2019-03-22-maker-spotlight-kim/">Kim Osei</a>, Firmware Engineer at Northlight</em></li>
            </ul>
            <p><em>Check back soon: we add a new interview every week this month.</em></p>
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Ola Berg", StringComparison.Ordinal) || paragraph.StartsWith("Check back", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_or_text_under_the_rule_stay()
    {
        var page = Parse("""
            <p>Notes on the numbers:</p>
            <ol>
            <li>The survey asked 412 people in the spring, by telephone, over two weeks.</li>
            <li>Figures for the north are estimates from the year before.</li>
            </ol>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The survey asked 412 people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_links_to_other_sites_stays()
    {
        var page = Parse("""
            <p>Projects she works on:</p>
            <ul>
            <li><a href="https://compiler.example.org/">Ember</a>, a compiler for old machines</li>
            <li><a href="https://tools.example.net/lint">Lintel</a>, a checker for build scripts</li>
            </ul>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Ember, a compiler", StringComparison.Ordinal));
    }
}
