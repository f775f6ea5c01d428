using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WritingTeamCardTests
{
    private static readonly string[] Writer = ["Nora Voss"];

    [Theory]
    [InlineData("Hartley & Voss write about television regularly for the Ledger and host a podcast. Follow them on Twitter @hartleyvoss.", true)]
    [InlineData("Ben Hartley and Nora Voss cover the statehouse for the Ledger.", true)]
    [InlineData("Hartley & Voss review new albums every Friday.", true)]
    [InlineData("Hartley & Pike write about television for the Ledger.", false)]
    [InlineData("Hartley & Voss said the show would return in the spring.", false)]
    [InlineData("Critics and fans write about the show every week.", false)]
    public void A_pair_naming_the_writer_and_what_they_do_make_a_card(string text, bool card) =>
        Assert.Equal(card, WriterBioCard.IsBio(text, Writer, nameAbove: null));

    [Fact]
    public void An_html_pages_team_card_under_a_review_goes()
    {
        const string html = """
            <html><head><title>A Quiet Harbour: Worth the Trip | The Ledger</title><meta property="og:site_name" content="The Ledger"></head><body>
            <article><header><h1>A Quiet Harbour: Worth the Trip</h1><h3 class="article-byline">By <a class="author-link" href="/authors/nora-voss">Nora Voss</a></h3>
            <h5 class="article-date"><time datetime="2016-11-18">November 18, 2016</time></h5></header>
            <div class="article-body">
            <p>The new series opens on a fishing town where nothing has happened for forty years, and it takes its time to tell you why that matters.</p>
            <p>The cast is strong, the writing patient, and the last two episodes pay off nearly every slow scene that came before them.</p>
            <p><b>Grade: B+.</b></p>
            <p><i>Hartley &amp; Voss write about television regularly for the</i> Ledger<i> and host a podcast. Follow them on Twitter </i><a href="https://twitter.com/hartleyvoss">@hartleyvoss</a><i>.</i></p>
            </div></article></body></html>
            """;

        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(["Nora Voss"], page.Authors);
        Assert.Equal("Grade: B+.", page.BodyParagraphs[^1]);
    }
}
