using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadInOverIndentedItemsTests
{
    private static ParsedPage Parse(string middle) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Wenn der Winter müde macht | Gesundblatt</title>
        <meta property="og:site_name" content="Gesundblatt"></head><body>
        <article><h1>Wenn der Winter müde macht</h1>
        <div class="article-text">
        <p>Im Winter fehlt vielen Menschen das Tageslicht, und der Körper bildet dann mehr Schlafhormon, als ihm guttut, besonders am Morgen.</p>
        {middle}
        <p>Wer morgens eine halbe Stunde draußen spazieren geht, bekommt genug Licht, um die innere Uhr wieder richtig zu stellen.</p>
        </div></article></body></html>
        """), "winter.html");

    [Fact]
    public void A_short_lead_in_under_a_paragraph_and_over_a_lists_items_is_body()
    {
        var page = Parse("""
            <p><strong>Typische Zeichen:</strong></p>
            <ul><li>Müdigkeit am Morgen</li><li>Heißhunger auf Süßes</li><li>Gereiztheit</li></ul>
            """);

        Assert.Equal(["Typische Zeichen:", "Müdigkeit am Morgen", "Heißhunger auf Süßes", "Gereiztheit"], page.BodyParagraphs.Skip(1).Take(4));
    }

    [Fact]
    public void A_short_label_over_a_paragraph_is_still_no_body()
    {
        var page = Parse("""
            <p><strong>Typische Zeichen:</strong></p>
            <p>Viele merken es zuerst am Morgen, wenn der Wecker klingelt und der Körper einfach noch nicht aufstehen will.</p>
            """);

        Assert.DoesNotContain("Typische Zeichen:", page.BodyParagraphs);
    }

    [Fact]
    public void A_share_rows_label_under_a_paragraph_over_its_buttons_is_no_lead_in()
    {
        var page = Parse("""
            <p>Teilen mit:</p>
            <ul><li><a href="https://facebook.example/share">Facebook</a></li><li><a href="mailto:?body=x">E-Mail</a></li></ul>
            """);

        Assert.DoesNotContain("Teilen mit:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_with_no_paragraph_over_it_is_no_lead_in()
    {
        var lines = new Ingestion.Parser.Core.PageLines([new TextLine(0, "Teilen:"), new TextLine(1, "Facebook"), new TextLine(1, "E-Mail")]);

        Assert.False(LeadInOverIndentedItems.Is(lines, 0, lines.Count));
    }
}
