using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProductionByCreditTests
{
    private static ParsedPage Parse(string last) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The lighthouse keepers' last winter | Coast Courier</title></head><body>
        <article><h1>The lighthouse keepers' last winter</h1>
        <p class="byline">By Ilse Marchetti</p>
        <div class="article-content">
        <p>The two keepers on the outer rock lit the lamp for the last time in March, after forty years of the station running by hand.</p>
        <p>An automatic beacon now turns in the old lantern room, checked twice a year by a crew that comes out on the supply boat.</p>
        <p>{{last}}</p>
        </div></article></body></html>
        """), "lighthouse.html");

    [Theory]
    [InlineData("<i>Production by Rafaela Duquesne</i>")]
    [InlineData("Production by Tomas Brekke and Ines Halloran.")]
    public void A_closing_production_credit_is_no_paragraph(string credit)
    {
        var page = Parse(credit);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Ilse Marchetti"], page.Authors);
    }

    [Fact]
    public void A_sentence_about_production_stays()
    {
        const string sentence = "Production by the island's own fishing crews resumed in May, the harbour board said.";
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }
}
