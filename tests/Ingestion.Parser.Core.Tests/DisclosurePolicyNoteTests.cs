using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DisclosurePolicyNoteTests
{
    private static ParsedPage Parse(string note) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Why harbour towns are betting on ferries</title></head><body>
        <h1>Why harbour towns are betting on ferries</h1>
        <section class="article-body"><span class="article-content">
        <p>Ferry operators along the coast have added routes for the first time in a decade, and two of them are now listed on the exchange.</p>
        <p>Harbor Freight Lines said its passenger numbers rose by a fifth last year, helped by a bridge closure and a cheaper monthly pass.</p>
        </span>
        <span class="article-disclosure"><p><em>{note}</em></p></span>
        </section></body></html>
        """), "ferries.html");

    [Fact]
    public void A_holdings_note_ending_in_the_sites_disclosure_policy_is_no_body()
    {
        var page = Parse("""<a href="/profile/danaruiz">Dana Ruiz</a> owns shares of Harbor Freight Lines. Tidewater Money owns shares of and recommends Harbor Freight Lines. Tidewater Money has a <a href="/legal/disclosure">disclosure policy</a>.""");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_sentence_naming_a_policy_without_any_holding_stays()
    {
        var page = Parse("""The harbour board said its members would publish their interests under the council's new disclosure policy.""");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
