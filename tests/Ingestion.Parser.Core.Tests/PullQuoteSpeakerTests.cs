using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PullQuoteSpeakerTests
{
    private static ParsedPage Parse(string quote) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why the ferry timetable keeps slipping</title>
        <meta property="og:site_name" content="Harbour Ledger"></head><body>
        <article class="story"><h1>Why the ferry timetable keeps slipping</h1>
        <div class="section byline"><div data-component="Byline"></div></div>
        <div class="story-body">
        <p>The morning crossing left eleven minutes late on Tuesday, the fourth delay in a week, and the operator blames the tide tables it has used since the pier was rebuilt.</p>
        <p>"We plan the run as if the water were always deep," said Odile Varga, a harbour engineer who studied the schedule for the port authority last winter.</p>
        {{quote}}
        <p>The authority says a new timetable will be published in the spring, after the dredging of the channel has been finished and surveyed again.</p>
        <p>Until then, passengers are advised to check the departures board before they leave home, since the first boat may wait for the tide.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_pull_quotes_speaker_in_an_author_classed_box_is_no_writer()
    {
        var page = Parse("""
            <div class="pullQuote section text"><div class="pull-quote pull-quote--large">
            <blockquote class="double">We plan the run as if the water were always deep.</blockquote>
            <div class="pull-quote__author"><span class="author">Odile Varga</span></div></div></div>
            """);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_speaker_cited_inside_a_blockquote_is_no_writer()
    {
        var page = Parse("""
            <blockquote><p>We plan the run as if the water were always deep.</p><footer><cite class="quote-author">Odile Varga</cite></footer></blockquote>
            """);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void An_author_classed_byline_outside_any_quote_still_names_the_writer()
    {
        var page = Parse("""<p class="author">Anselm Pryce</p>""");
        Assert.Equal(["Anselm Pryce"], page.Authors);
    }
}
