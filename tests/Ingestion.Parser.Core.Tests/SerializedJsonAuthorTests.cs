using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SerializedJsonAuthorTests
{
    [Theory]
    [InlineData("{ \"@type\":\"Person\", \"name\":\"Ana Ruiz\" }", "Ana Ruiz")]
    [InlineData("{\"name\": \"Tom  Hale\"}", "Tom Hale")]
    [InlineData("Ana Ruiz", "Ana Ruiz")]
    [InlineData("{ \"name\": broken }", "{ \"name\": broken }")]
    [InlineData("{Staff}", "{Staff}")]
    public void An_author_object_written_into_a_string_gives_its_name(string author, string name) =>
        Assert.Equal(name, SerializedJsonAuthor.Name(author));

    [Fact]
    public void A_pages_json_ld_author_string_holding_an_object_names_the_writer()
    {
        var page = PageParser.Parse(
            Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><title>Harbour plan stalls | Harbor Post</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan stalls\",\"author\":\"{ \\\"@type\\\":\\\"Person\\\", \\\"name\\\":\\\"Ana Ruiz\\\" }\"}"
                + "</script></head><body><h1>Harbour plan stalls</h1><article><p>The council put off the vote on the harbour plan for a month.</p>"
                + "<p>Residents asked for another hearing before any work starts.</p></article></body></html>"),
            "page.html");

        Assert.Equal(["Ana Ruiz"], page.Authors);
    }
}
