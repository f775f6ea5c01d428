using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GermanLastUpdateLabelTests
{
    private static string Page(string dateLine) => $"""
        <html><head><meta charset="utf-8"><title>Weniger Lärm an der Brücke</title></head>
        <body><div id="main"><h1>Weniger Lärm an der Brücke</h1>
        <p>Die Stadt lässt an der alten Brücke eine neue Lärmschutzwand bauen, die Anwohner hatten seit Jahren darum gebeten.</p>
        <p>Die Arbeiten beginnen im Frühjahr und sollen bis zum Herbst dauern, der Verkehr wird in dieser Zeit einspurig geführt.</p>
        <p class="article_date">{dateLine}</p></div></body></html>
        """;

    [Theory]
    [InlineData("Letzte Aktualisierung: 14.02.2017")]
    [InlineData("Letzte Änderung: 14.02.2017")]
    public void The_label_is_no_writer_and_its_day_is_read(string dateLine)
    {
        var page = HtmlPageSplitter.Split(Page(dateLine));
        Assert.Empty(page.Authors);
        Assert.Equal("2017-02-14", page.PublishedAt);
    }

    [Fact]
    public void A_writer_named_before_a_date_stays_a_writer() =>
        Assert.Equal(["Lena Hofmeister"], HtmlPageSplitter.Split(Page("Von Lena Hofmeister, 14.02.2017")).Authors);
}
