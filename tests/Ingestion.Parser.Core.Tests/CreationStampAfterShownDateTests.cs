using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreationStampAfterShownDateTests
{
    private static string? PublishedAtOf(string shown, string created) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Preis für Greta Himmelreich - Lindholmer Zeitung</title></head><body>
        <section itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Preis für Greta Himmelreich</h1>
        <div class="date">{{shown}}</div><meta itemprop="dateCreated" content="{{created}}">
        <div itemprop="articleBody"><p>Lindholm (dpa) - Für einen Roman über eine Fährstadt hat Greta Himmelreich den Preis der Buchmesse erhalten. Das Buch erzählt von den Jahren nach dem Krieg.</p></div>
        </section></body></html>
        """), "page.html").PublishedAt;

    [Fact]
    public void A_creation_stamp_years_after_the_shown_date_gives_way() =>
        Assert.Equal("2015-10-12T19:16:00", PublishedAtOf("12.10.2015, 19:16 Uhr", "2019-05-07T17:00:52+02:00"));

    [Fact]
    public void A_stamp_on_the_shown_day_stays() =>
        Assert.Equal("2015-10-12T19:16:30+02:00", PublishedAtOf("12.10.2015, 19:16 Uhr", "2015-10-12T19:16:30+02:00"));
}
