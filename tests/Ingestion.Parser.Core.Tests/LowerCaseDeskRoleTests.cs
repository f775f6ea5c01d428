using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LowerCaseDeskRoleTests
{
    private static ParsedPage Parse(string person) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Trail Runner's Weekly: A rest day with a marathon champion</title><meta property="og:site_name" content="Trail Runner's Weekly">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"A rest day with a marathon champion","datePublished":"2020-05-19T19:29:37-04:00","author":[{"@type":"Person","name":"{{person}}"}]}</script>
        </head><body><main><article><h1>A rest day with a marathon champion</h1>
        <div class="content-byline"><span>by</span> <a href="/contributor/producer/" class="author url fn" rel="author">{{person}}</a></div>
        <div class="article-content"><p>The two-time champion sat down with us at her kitchen table and talked about the race that got away, her dog and the coach she left.</p>
        <p>For a break from the news this week, put your feet up and watch the clip above to see how she spends a day without running.</p></div>
        </article></main></body></html>
        """), "page.html");

    [Theory]
    [InlineData("Trail Runner's Weekly editors")]
    [InlineData("Courier-Post staff")]
    public void A_newsroom_signing_with_its_role_in_lower_case_names_no_writer(string person)
    {
        Assert.Empty(Parse(person).Authors);
    }

    [Fact]
    public void A_writer_in_the_same_places_is_the_author()
    {
        Assert.Equal(["Rosalind Achebe"], Parse("Rosalind Achebe").Authors);
    }

    [Theory]
    [InlineData("Trail Runner's Weekly editors", true)]
    [InlineData("Courier-Post staff", true)]
    [InlineData("Sentinel writers", true)]
    [InlineData("Rosalind Achebe", false)]
    [InlineData("Rosalind Achebe Editor", false)]
    [InlineData("Stories by our staff", false)]
    [InlineData("staff", false)]
    [InlineData("The North Coast Daily Ledger Weekend editors", false)]
    public void Only_capitalised_words_before_a_lower_case_role(string name, bool desk)
    {
        Assert.Equal(desk, LowerCaseDeskRole.Is(name));
    }
}
