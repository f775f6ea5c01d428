using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaValueAttributeTests
{
    private static ParsedPage Parse(string attribute) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Ferry fares to rise in spring - Harbor Gazette</title>
        <meta name="news_keywords" {{attribute}}="Ferries, Harbor Commission, Fares">
        <meta name="DC.date.issued" {{attribute}}="2016-11-03">
        <meta {{attribute}}="Harbor Gazette" name="og:site_name">
        </head><body>
        <h1>Ferry fares to rise in spring</h1>
        <p>The harbor commission voted on Tuesday to raise ferry fares by fifty cents from April, the first rise in six years.</p>
        <p>Commuters who buy a monthly pass will pay four dollars more, the commission said in a statement after the vote.</p>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_meta_whose_content_was_saved_as_value_still_gives_tags_date_and_site()
    {
        var page = Parse("value");

        Assert.Equal(["Ferries", "Harbor Commission", "Fares"], page.Tags);
        Assert.Equal("2016-11-03", page.PublishedAt);
        Assert.Equal("Harbor Gazette", page.Site);
    }

    [Fact]
    public void The_value_reads_as_content_would()
    {
        var saved = Parse("value");
        var served = Parse("content");

        Assert.Equal(served.Tags, saved.Tags);
        Assert.Equal(served.PublishedAt, saved.PublishedAt);
        Assert.Equal(served.Site, saved.Site);
    }
}
