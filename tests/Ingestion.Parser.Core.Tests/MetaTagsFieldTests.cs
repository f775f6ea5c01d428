using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaTagsFieldTests
{
    [Theory]
    [InlineData("Housing, Rents, Protests", new[] { "Housing", "Rents", "Protests" })]
    [InlineData("https://example.org/tags/housing", new string[0])]
    [InlineData(null, new string[0])]
    public void A_tags_meta_lists_the_storys_tags(string? field, string[] tags) =>
        Assert.Equal(tags, MetaTagsField.Read(field));

    [Fact]
    public void The_tags_meta_outranks_a_keywords_meta_that_adds_sections_and_places()
    {
        var page = PageParser.Parse(
            Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><title>Tenants march on city hall | Harbor Post</title>"
                + "<meta name=\"keywords\" content=\"News, Housing, Rents, Protests, Europe, Portugal, Lisbon\"><meta name=\"tags\" content=\"Housing, Rents, Protests\">"
                + "</head><body><h1>Tenants march on city hall</h1><article><p>Thousands of tenants marched on city hall on Saturday over rising rents.</p>"
                + "<p>The mayor said a rent cap would be debated next month.</p></article></body></html>"),
            "page.html");

        Assert.Equal(["Housing", "Rents", "Protests"], page.Tags);
    }
}
