using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JsonLdLoginAuthorTests
{
    private static string Page(string authorName) =>
        "<html><head><title>Fünf Trends für den Herbst - Nelas Welt</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Article\",\"@id\":\"https://nela.example/herbst/#article\",\"headline\":\"Fünf Trends für den Herbst\",\"datePublished\":\"2018-10-02T09:15:00+00:00\","
        + "\"author\":{\"@id\":\"https://nela.example/#/schema/person/7f3a\"}},"
        + "{\"@type\":[\"Person\"],\"@id\":\"https://nela.example/#/schema/person/7f3a\",\"name\":\"" + authorName + "\"}]}</script></head>"
        + "<body><article><h1>Fünf Trends für den Herbst</h1><div class=\"entry-content\">"
        + "<p>Am Wochenende war ich auf dem Flohmarkt am Hafen und habe drei alte Wolljacken gefunden, die ich euch heute zeige.</p>"
        + "<p>Die grüne trage ich seitdem fast jeden Tag, mit Jeans und groben Stiefeln, und sie hat mich nur vier Euro gekostet.</p></div></article></body></html>";

    [Fact]
    public void A_person_named_by_a_login_is_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("nela_k7x2m9")), "page.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_person_named_by_a_name_is_the_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("Nela Brandt")), "page.html");

        Assert.Equal(["Nela Brandt"], page.Authors);
    }

    [Theory]
    [InlineData("nela_k7x2m9", true)]
    [InlineData("kmarchet", true)]
    [InlineData("Nela Brandt", false)]
    [InlineData("Nela", false)]
    public void A_login_is_lower_case_letters_digits_and_underscores(string name, bool login) =>
        Assert.Equal(login, MetaAuthorNoWriter.IsLogin(name));
}
