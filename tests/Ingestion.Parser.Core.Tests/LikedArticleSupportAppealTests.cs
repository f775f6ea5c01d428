using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A "Did you like this article?" question followed by a call for support closing the text is no paragraph (LikedArticleSupportAppeal).</summary>
public class LikedArticleSupportAppealTests
{
    [Theory]
    [InlineData("Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt. Als Supporter sicherst du dem Hafenjournalismus eine Zukunft. Jetzt Supporter werden!")]
    [InlineData("Did you enjoy this article? Then support our harbour reporting with a monthly contribution and keep it free for everyone.")]
    [InlineData("Vous avez aimé cet article ? Soutenez notre journal du port avec un don mensuel.")]
    public void The_question_with_a_call_for_support_is_furniture(string line)
    {
        Assert.True(LikedArticleSupportAppeal.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    // The question alone, answered by the story, asks no one to pay.
    [InlineData("Hat dir dieser Artikel gefallen? Die Leser der Hafenzeitung stimmten im Sommer über die beliebtesten Geschichten des Jahres ab.")]
    // A sentence that speaks of support without the question.
    [InlineData("The harbour board said it would support the ferry company with a grant until the new engine is paid off.")]
    // The question later in the line: a story quoting it.
    [InlineData("The editor asked: Did you enjoy this article? Readers wrote in to support the new ferry timetable.")]
    public void Lines_that_only_look_like_it_stay_text(string line) =>
        Assert.False(LikedArticleSupportAppeal.Is(line));

    [Fact]
    public void On_a_page_the_appeal_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>The harbour ferry's new deck</title></head><body><article><h1>The harbour ferry's new deck</h1>
            <div class="entry-content"><p>The harbour's ferry came back on Monday after a winter in the yard, and the first crossing was full by seven.</p>
            <p>Its captain said the engine had been rebuilt and the deck painted, and that the timetable would stay as it was until June.</p>
            <hr /><p><strong>Hat dir dieser Artikel gefallen?</strong> Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt. <a href="/support-us/">Jetzt Supporter werden!</a></p>
            </div></article></body></html>
            """), "deck.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
