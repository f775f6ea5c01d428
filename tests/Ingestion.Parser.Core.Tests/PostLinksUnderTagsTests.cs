using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostLinksUnderTagsTests
{
    private const string Post = """
        Library extends Sunday hours through the winter

        The Millrace Public Library will stay open until 6 p.m. on Sundays from November through March, the board decided Tuesday.

        The change costs about $4,000 a season in staff time, which the Friends of the Library agreed to cover.

        Related

        Book sale raises record sum

        The spring sale brought in $3,100 for the children's room.

        April 22, 2013

        In "Community"

        Board names new head librarian

        Carla Ruiz comes from the county system in Dunmore.

        In "Education"

        Tags: library, Sunday hours, Friends of the Library

        """;

    [Fact]
    public void Related_posts_excerpts_and_the_links_to_the_neighbour_posts_are_no_text()
    {
        var page = Parse(Post + """
            Council approves sidewalk plan for Mill Street
            Fall leaf pickup starts Monday

            2 thoughts on “Library extends Sunday hours through the winter”
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["library", "Sunday hours", "Friends of the Library"], page.Tags);
    }

    [Fact]
    public void A_paragraph_under_the_tag_line_is_kept()
    {
        var page = Parse(Post + """
            Correction: An earlier version of this post gave the wrong closing time.

            2 thoughts on “Library extends Sunday hours through the winter”
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
