using System.Text;
using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PersonNameListTests
{
    private static ParsedPage Parse(string author) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferries return : Harbour Radio</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferries return","datePublished":"2020-12-23T22:36:27-05:00","author":{{author}},"@context":"http://schema.org"}</script>
        </head><body><article class="story">
        <h1>Harbour ferries return</h1>
        <div class="byline"><p class="byline__name"><a href="/people/1/ana-ruiz" rel="author">Ana Ruiz</a></p><a href="https://example.org/anaruiz">Twitter</a></div>
        <div class="byline"><p class="byline__name"><a href="/people/2/tom-hale" rel="author">Tom Hale</a></p><a href="https://example.org/tomhale">Twitter</a></div>
        <div id="storytext">
        <p>The harbour ferries returned to service on Monday after a winter of repairs, the port authority said at the quay.</p>
        <p>Passengers queued along the quay before sunrise, many of them commuters who had taken the long road around the bay.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_person_block_listing_two_names_gives_both_writers()
    {
        var page = Parse("""{"@type":"Person","name":["Ana Ruiz","Tom Hale"]}""");

        Assert.Equal(["Ana Ruiz", "Tom Hale"], page.Authors);
    }

    [Fact]
    public void Each_entry_of_a_persons_name_list_is_a_name()
    {
        using var json = JsonDocument.Parse("""{"@type":"Person","name":["Ana Ruiz"," Tom  Hale ",""]}""");

        Assert.Equal(["Ana Ruiz", "Tom Hale"], PersonNameList.Names(json.RootElement));
    }

    [Theory]
    [InlineData("""{"@type":"Organization","name":["Harbour Radio","Newsdesk"]}""")]
    [InlineData("""{"@type":"Person","name":"Ana Ruiz"}""")]
    [InlineData("""{"name":["Ana Ruiz","Tom Hale"]}""")]
    public void A_block_that_is_no_person_or_names_no_list_lists_no_names(string block)
    {
        using var json = JsonDocument.Parse(block);

        Assert.Empty(PersonNameList.Names(json.RootElement));
    }
}
