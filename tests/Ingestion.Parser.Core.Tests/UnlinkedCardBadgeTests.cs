using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnlinkedCardBadgeTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry turns back for ill passenger - Harbour Courier</title></head><body>
        <article><h1>Night ferry turns back for ill passenger</h1>
        <section class="entry-content">
        <p>The night ferry turned back to Pier 4 on Tuesday after a passenger fell ill halfway across the sound, the harbour board said.</p>
        <p>Crew radioed the coast guard at 11:40 p.m., and an ambulance met the boat at the pier twenty minutes later, according to the board's statement.</p>
        <div class="listings">{{card}}</div>
        <p>The crossing resumed at half past midnight with the remaining forty passengers, who were offered free tickets for a later trip.</p>
        </section></article></body></html>
        """), "page.html");

    [Fact]
    public void A_promoted_card_between_the_paragraphs_goes_with_its_unlinked_badge()
    {
        var page = Parse("""
            <article class="count- press-release member"><span class="gold">Featured</span><a href="https://example.org/release/pier-lights/" class="clickable-container">
            <div class="img-container"><img src="/logo.png" alt="Pier Trust logo"></div><span class="title">Pier trust welcomes new lights on the quay</span></a></article>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Featured", StringComparison.Ordinal) || paragraph.Contains("new lights", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_opening_with_a_sentence_before_its_link_stays()
    {
        var page = Parse("""
            <div class="note"><span>The board has promised a full review.</span><a href="https://example.org/review/"><img src="/board.png" alt=""><span class="title">Read the board's statement</span></a></div>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("promised a full review", StringComparison.Ordinal));
    }
}
