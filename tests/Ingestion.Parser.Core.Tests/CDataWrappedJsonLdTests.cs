using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CDataWrappedJsonLdTests
{
    private const string Block = """
        [{"@context": "https://schema.org/", "@type": "NewsArticle", "headline": "Courier firm adds cargo bikes to its city fleet",
          "datePublished": "2019-05-14T08:30:00+00:00", "dateModified": "2024-02-20T11:00:00+00:00"}]
        """;

    private static ParsedPage Parse(string script) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Courier firm adds cargo bikes to its city fleet - Freight Desk</title>
        <script type="application/ld+json">{script}</script></head><body>
        <h1>Courier firm adds cargo bikes to its city fleet</h1>
        <div><em>Last Updated:</em> February 20, 2024</div>
        <div class="entry"><p>A courier firm has added forty cargo bikes to its fleet in the city centre, replacing the vans it used for short runs between its depots.</p>
        <p>The company said the bikes carry up to a hundred and fifty kilos each and cut the time of a delivery in the old town by a third at rush hour.</p></div>
        </body></html>
        """), "news.html");

    [Theory]
    [InlineData("<![CDATA[\n" + Block + "\n]]>")]
    [InlineData(Block)]
    public void A_block_wrapped_in_a_cdata_section_is_read_as_json(string script)
    {
        var page = Parse(script);

        Assert.Equal("2019-05-14T08:30:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void Markers_inside_the_json_are_left_alone()
    {
        Assert.Equal("{\"a\": \"<![CDATA[x]]>\"}", CDataWrappedJsonLd.Unwrapped("{\"a\": \"<![CDATA[x]]>\"}"));
    }
}
