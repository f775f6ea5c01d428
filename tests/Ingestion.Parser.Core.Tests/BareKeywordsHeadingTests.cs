using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareKeywordsHeadingTests
{
    private static ParsedPage Parse(string heading, string links) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Beete im Schatten | GARTENVERLAG</title></head><body>
        <header><h1 id="logo"><a href="/">GARTENVERLAG</a></h1></header>
        <div class="product"><div class="description"><h1 class="desctitle">Beete im Schatten</h1>
        <p>Wer einen Garten unter alten Bäumen hat, kennt das Problem: wenig Licht, trockener Boden und Wurzeln überall. Dieses Buch zeigt, welche Stauden und Farne dort trotzdem gedeihen.</p>
        <p>Mit Pflanzplänen für jede Jahreszeit und vielen Beispielen aus Gärten in der Stadt und auf dem Land.</p>
        <div class="details"><h5>Details</h5><p>Gewicht: 380g</p>
        <h5>{heading}</h5>
        <div class="tagMenu"><p>{links}</p></div>
        <h5>Reihe</h5><ul><li><a href="/reihe/garten">Garten</a></li></ul></div></div></div>
        <footer><span class="copyright">© 2018 GARTENVERLAG</span></footer>
        </body></html>
        """), "beete.html");

    private const string Links = """
        <a href="/liste.html?wort=11">Schattenbeet</a> &nbsp;|&nbsp; <a href="/liste.html?wort=12">Farne</a> &nbsp;|&nbsp; <a href="/liste.html?wort=13">Stauden</a>
        """;

    [Theory]
    [InlineData("Schlagwörter")]
    [InlineData("Stichworte:")]
    [InlineData("Keywords")]
    public void A_bare_keywords_heading_over_a_row_of_links_gives_the_tags(string heading)
    {
        var page = Parse(heading, Links);

        Assert.Equal(["Schattenbeet", "Farne", "Stauden"], page.Tags);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Farne |", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_heading_over_links_gives_no_tags()
    {
        var page = Parse("Mehr aus der Reihe", Links);

        Assert.DoesNotContain("Farne", page.Tags);
    }

    [Fact]
    public void A_keywords_heading_over_a_sentence_with_links_gives_no_tags()
    {
        var page = Parse("Schlagwörter", """Mehr über <a href="/liste.html?wort=12">Farne</a> lesen Sie in unserem Ratgeber.""");

        Assert.DoesNotContain("Farne", page.Tags);
    }

    [Theory]
    [InlineData("Schlagwörter", true)]
    [InlineData("Stichwörter:", true)]
    [InlineData("Tags", false)]
    [InlineData("Related Topics", false)]
    [InlineData("Schlagwörter dieser Woche", false)]
    public void Only_a_keywords_label_counts(string label, bool expected)
    {
        Assert.Equal(expected, BareKeywordsHeading.Is(label));
    }
}
