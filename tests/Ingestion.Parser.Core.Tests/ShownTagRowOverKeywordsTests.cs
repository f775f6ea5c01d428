using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownTagRowOverKeywordsTests
{
    private static string Page(string row) => $$"""
        <html><head><title>Council delays ferry contract</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council delays ferry contract",
        "datePublished":"2023-03-02T18:00:00Z","keywords":["ferries","harbor district","city council"]}</script></head>
        <body><article><h1>Council delays ferry contract</h1>
        <div class="body"><p>The city council put off a vote on the new ferry contract until April, citing questions about fuel costs.</p>
        <p>Harbor district residents packed the meeting to ask for later sailings on weekends.</p></div>
        <div class="tags"><ul><li>Tags:&nbsp;{{row}}</ul></div></article></body></html>
        """;

    [Fact]
    public void A_labelled_row_of_the_keywords_in_the_pages_spelling_is_the_tag_list()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<li><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></li><li><a href=\"/tag/harbor-district/\" rel=\"tag\">Harbor District</a></li><li><a href=\"/tag/city-council/\" rel=\"tag\">City Council</a></li>")), "story.html");

        Assert.Equal(["Ferries", "Harbor District", "City Council"], page.Tags);
    }

    [Fact]
    public void A_row_of_other_words_leaves_the_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<li><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></li><li><a href=\"/tag/budget/\" rel=\"tag\">Budget</a></li>")), "story.html");

        Assert.Equal(["ferries", "harbor district", "city council"], page.Tags);
    }
}
