using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JsonLdFieldPairKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Hochwasser an der Elbe - WOCHENBLATT 12/2019</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Hochwasser an der Elbe",
        "datePublished":"2019-03-22T00:00:00+0100","keywords":{{keywords}}}</script></head>
        <body><article><h1>Hochwasser an der Elbe</h1>
        <p>Der Pegel stieg in der Nacht um mehr als einen Meter, und die Feuerwehr sperrte die Uferstraße schon am frühen Abend.</p>
        <p>Die Anwohner wurden gebeten, ihre Keller zu räumen und die Fahrzeuge auf höher gelegene Parkplätze zu stellen.</p>
        </article></body></html>
        """), "page.html");

    [Theory]
    [InlineData("""["Textart: Heftarchiv"]""")]
    [InlineData("""["Textart: Heftarchiv", "Ressort:Wissen"]""")]
    public void Keywords_that_are_all_field_pairs_are_no_tags(string keywords) =>
        Assert.Empty(Parse(keywords).Tags);

    [Fact]
    public void Keywords_of_topics_stay_tags_beside_a_pair() =>
        Assert.Equal(["Elbe", "Hochwasser", "Textart: Heftarchiv"], Parse("""["Elbe", "Hochwasser", "Textart: Heftarchiv"]""").Tags);
}
