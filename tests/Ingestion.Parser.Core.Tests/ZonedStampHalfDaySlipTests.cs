using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZonedStampHalfDaySlipTests
{
    private static string? PublishedAt(string metaTime) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Strickmode für den Frühling - Stilblatt</title>
        <meta property="sailthru.date" content="{{{metaTime}}}" />
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Strickmode für den Frühling","datePublished":"2021-03-09T05:41:27+01:00","dateModified":"2021-03-12T12:15:02+01:00","author":{"@type":"Person","name":"Greta Holm"}}</script>
        </head><body><main><article><h1>Strickmode für den Frühling</h1>
        <div class="content"><p>Dünne Strickjacken sind der einfachste Weg, im März nicht zu frieren und trotzdem nicht nach Winter auszusehen.</p>
        <p>Besonders gut passen sie zu hellen Jeans und flachen Schuhen, sagt eine Stylistin aus Köln.</p></div>
        </article></main></body></html>
        """), "page.html").PublishedAt;

    [Fact]
    public void The_metas_afternoon_mends_the_structured_datas_morning_of_the_same_clock() =>
        Assert.Equal("2021-03-09T17:41:27+01:00", PublishedAt("2021-03-09 17:41:27"));

    [Theory]
    [InlineData("2021-03-09 05:41:27")]
    [InlineData("2021-03-09 16:41:27")]
    [InlineData("2021-03-10 17:41:27")]
    public void Other_meta_clocks_leave_the_structured_data_as_it_is(string metaTime) =>
        Assert.Equal("2021-03-09T05:41:27+01:00", PublishedAt(metaTime));
}
