using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ViewPostCommentsButtonTests
{
    private const string Rendering = """
        Harbour ferry timetable changes next month

        By Marta Lindqvist | mlindqvist@example.com
        on December 29, 2014 at 7:56 AM

        Print

        View/Post Comments

        HARBOURTOWN - The harbour ferry will leave the north quay twenty minutes earlier from next month, the port authority said on Monday.

        The last crossing of the night moves to 10:40 p.m., and the Sunday service keeps its winter hours until the end of March.

        View/Post Comments

        Related Stories
        """;

    [Fact]
    public void A_share_rows_view_post_comments_button_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Rendering), "ferry.txt");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The last crossing of the night", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("View/Post Comments", true)]
    [InlineData("Readers can view/post comments on the council's site until Friday, the clerk said.", false)]
    public void Only_the_button_alone_on_its_line(string line, bool expected) =>
        Assert.Equal(expected, BoilerplateFilter.IsBoilerplate(line));
}
