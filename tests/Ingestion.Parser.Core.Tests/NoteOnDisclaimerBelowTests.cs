using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NoteOnDisclaimerBelowTests
{
    private static ParsedPage Parse(string ending) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Meet the Potter of Pier Nine</title>
        <meta property="og:site_name" content="Harbor Weekly"></head><body>
        <article><h1>Meet the Potter of Pier Nine</h1>
        <section class="entry-content">
        <p>The potter works in a shed at the end of the pier, firing her bowls in a kiln her uncle built from harbour bricks.</p>
        <p>Her next show opens at the ferry terminal on Saturday, with a reception for the night crews after their shift.</p>
        {{ending}}
        </section></article>
        </body></html>
        """), "potter.html");

    [Fact]
    public void A_closing_note_on_the_disclaimer_below_the_text_is_no_paragraph()
    {
        var page = Parse("""
            <p><i>Editor's note: The disclaimer below refers to sponsored posts and does not apply to this or any other editorial stories.</i></p>
            <p class="ad-disclosure">Advertising disclosure: We may receive compensation for some of the links in our stories.</p>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("disclaimer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_sentence_naming_a_disclosure_without_pointing_below_stays()
    {
        var page = Parse("""
            <p>The potter made the disclosure of her grant to the harbour board before the vote on the terminal show.</p>
            """);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The potter made the disclosure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_on_a_disclaimer_below_followed_by_more_text_stays()
    {
        var page = Parse("""
            <p>Editor's note: the disclaimer below was added at the potter's request.</p>
            <p>She fires the kiln twice a week, on the nights the ferry runs late and the pier stays lit until midnight.</p>
            """);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Editor's note", StringComparison.Ordinal));
    }
}
