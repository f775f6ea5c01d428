using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FreeTrialPitchBoxTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry keeps its late run</title></head><body><h1>Night ferry keeps its late run</h1>
        <article><div class="article-body">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        {{box}}
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_paid_tiers_pitch_over_a_free_trial_button_is_no_text()
    {
        var page = Parse("""
            <div id="promo"><div class="content"><header>Read the Herald like never before</header>
            <ul><li><svg></svg> Advert-free reading without interruptions.</li><li><svg></svg> Pages that load in a flash.</li></ul></div>
            <div class="logo-wrapper"><img src="logo.png" alt="logo"><a href="/subscribe" class="btn">Start 30-day<br> FREE trial</a></div></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("trial", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_paragraph_that_links_a_trial_in_its_sentence_stays()
    {
        var page = Parse("""
            <p>Riders can <a href="/passes">start a free trial</a> of the new season pass, which covers the late crossing as well.</p>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Start 30-day\n FREE trial", true)]
    [InlineData("Start your free trial", true)]
    [InlineData("Try it free trial", true)]
    [InlineData("Free trial", false)]
    [InlineData("The ferry's free trial ended", false)]
    [InlineData("Start reading the council's report on the free trial", false)]
    public void The_button_is_a_verb_then_free_trial_in_a_few_words(string text, bool isButton) =>
        Assert.Equal(isButton, FreeTrialPitchBox.IsTrialButton(text));
}
