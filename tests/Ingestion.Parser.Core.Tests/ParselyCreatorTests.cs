using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParselyCreatorTests
{
    private static ParsedPage Parse(string creatorAndAuthor, string byline = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour trustees vote to keep the night ferry | Quayside</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour trustees vote to keep the night ferry",
        "dateCreated":"2014-06-02T08:07:42+00:00","articleSection":"Harbour",{{creatorAndAuthor}}"thumbnailUrl":"http://example.org/ferry.jpg"}</script></head>
        <body><div class="post"><h1>Harbour trustees vote to keep the night ferry</h1>{{byline}}
        <div class="the_content"><p>The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.</p>
        <p>Riders from both shores told the board that the last boat is the only way home for workers on the late shift.</p></div></div></body></html>
        """), "story.html");

    [Fact]
    public void The_creator_of_a_block_with_no_author_is_the_writer()
    {
        Assert.Equal(["Dana Whitcomb"], Parse("\"creator\":\"Dana Whitcomb\",").Authors);
        Assert.Equal(["Dana Whitcomb", "Lee Okafor"], Parse("\"creator\":[\"Dana Whitcomb\",\"Lee Okafor\"],").Authors);
    }

    [Fact]
    public void A_creator_beside_an_author_leaves_the_author()
    {
        var page = Parse("\"creator\":\"Quayside Web Team\",\"author\":{\"@type\":\"Person\",\"name\":\"Dana Whitcomb\"},");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }

    [Fact]
    public void A_desk_a_staff_signature_or_a_login_names_no_writer()
    {
        Assert.Empty(Parse("\"creator\":\"Staff\",").Authors);
        Assert.Empty(Parse("\"creator\":\"Quayside Staff\",").Authors);
        Assert.Empty(Parse("\"creator\":\"http://example.org/people/dana\",").Authors);
        Assert.Empty(Parse("\"creator\":\"DWhitcomb\",").Authors);
    }

    [Fact]
    public void The_shown_byline_agrees_with_the_creator()
    {
        var page = Parse("\"creator\":\"Dana Whitcomb\",", "<p class=\"byline\">By <a href=\"/profile/dana/\">Dana Whitcomb</a></p>");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
