using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomePageAuthorAccountTests
{
    private static ParsedPage Story(string authors) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry operator buys two new boats - HarbourLedger</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ferry operator buys two new boats",
        "datePublished":"Wed, 25 May 2016 01:00:31 +0530","author":{{authors}},"publisher":{"@type":"Organization","name":"Harbour Bureau"} }</script></head>
        <body><h1>Ferry operator buys two new boats</h1>
        <div class="text"><div class="Normal">The ferry operator has bought two new boats for the island routes, its chief executive said on Tuesday.<br /><br />
        The boats will enter service next spring and replace the two oldest vessels of the fleet, which are forty years old.<br /><br />
        The operator did not say what it paid, but the harbour board put the price at about twelve million.</div></div>
        </body></html>
        """), "story.html");

    [Fact]
    public void A_person_author_pointing_at_the_sites_home_page_beside_the_writer_is_no_writer()
    {
        var page = Story("""
            [{"@type":"Person","name":"Maren Tollefsen","url":"https:\/\/ledger.example\/author\/1234\/maren-tollefsen"},{"@type":"Person","name":"HarbourLedger","url":"https:\/\/ledger.example"}]
            """);

        Assert.Equal(["Maren Tollefsen"], page.Authors);
    }

    [Fact]
    public void Two_writers_with_their_own_pages_both_stay()
    {
        var page = Story("""
            [{"@type":"Person","name":"Maren Tollefsen","url":"https:\/\/ledger.example\/author\/1234\/maren-tollefsen"},{"@type":"Person","name":"Ola Brekke","url":"https:\/\/ledger.example\/author\/77\/ola-brekke"}]
            """);

        Assert.Equal(["Maren Tollefsen", "Ola Brekke"], page.Authors);
    }

    [Theory]
    [InlineData("""{"name":"HarbourLedger","url":"https://ledger.example/"}""", true)]
    [InlineData("""{"name":"HarbourLedger","url":"https://ledger.example"}""", true)]
    [InlineData("""{"name":"Maren Tollefsen","url":"https://ledger.example/author/maren"}""", false)]
    [InlineData("""{"name":"Maren Tollefsen","url":"https://ledger.example/?author=12"}""", false)]
    [InlineData("""{"name":"Maren Tollefsen"}""", false)]
    public void Only_an_address_of_a_sites_root_is_the_sites_account(string json, bool expected)
    {
        using var node = System.Text.Json.JsonDocument.Parse(json);

        Assert.Equal(expected, HomePageAuthorAccount.Is(node.RootElement));
    }
}
