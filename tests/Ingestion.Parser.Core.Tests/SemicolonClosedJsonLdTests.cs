using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SemicolonClosedJsonLdTests
{
    private const string Block = """
        {"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Ferry line to the islands adds a winter run",
         "datePublished": "2008-11-03T09:15:00+02:00", "author": {"@type": "Organization", "name": "Harbour Post"}}
        """;

    private static ParsedPage Parse(string script) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ferry line to the islands adds a winter run</title>
        <script type="application/ld+json">{script}</script></head><body>
        <h1>Ferry line to the islands adds a winter run</h1>
        <div id="articleBody"><p>The ferry line to the outer islands will run twice a week through the winter, the operator said, after two years of summer sailings only.</p>
        <p>The extra run leaves the harbour on Tuesday mornings and comes back the same evening, weather allowing.</p></div>
        </body></html>
        """), "news.html");

    [Theory]
    [InlineData(Block + ";")]
    [InlineData(Block + ";\n  ")]
    [InlineData(Block)]
    public void A_block_closed_with_a_semicolon_is_read_as_json(string script)
    {
        Assert.Equal("2008-11-03T09:15:00+02:00", Parse(script).PublishedAt);
    }

    [Theory]
    [InlineData("{\"a\": \"x;\"}")]
    [InlineData("var data = 1;")]
    public void Semicolons_that_close_no_json_are_left_alone(string script) => Assert.Equal(script, SemicolonClosedJsonLd.Trimmed(script));

    [Fact]
    public void Only_the_closing_semicolons_go() => Assert.Equal("[{\"a\": 1}]", SemicolonClosedJsonLd.Trimmed("[{\"a\": 1}];;\n"));
}
