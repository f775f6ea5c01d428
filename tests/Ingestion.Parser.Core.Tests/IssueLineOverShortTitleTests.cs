using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The essay's short title right under the issue line, with no blank line round it (TextArticleReader.IsUnderIssueLine).</summary>
public class IssueLineOverShortTitleTests
{
    private const string Text = """
        The county hired me in October to drive a salt truck on the night shift, and for the first week I thought I had made a mistake I would regret until spring.
        I had taken the job because I needed the money and because I had not written anything in fourteen months, and I thought the road would give me time.
        """;

    [Fact]
    public void Under_the_issue_line_and_over_its_deck_the_short_title_is_the_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            THE LARKSPUR QUARTERLY
            Fiction
            Poetry
            Essays
            Issue 42, Winter 2016
            The Salt Year
            On a winter spent keeping the roads open, and what it did to my sense of time
            by Annelise Varga
            November 28, 2016
            {Text}
            """), "page.txt");

        Assert.Equal("The Salt Year", page.Title);
    }

    [Fact]
    public void Under_a_menu_item_a_short_line_is_no_title_over_the_deck()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            THE LARKSPUR QUARTERLY
            Fiction
            Poetry
            Essays
            Field Notes
            On a winter spent keeping the roads open, and what it did to my sense of time
            by Annelise Varga
            November 28, 2016
            {Text}
            """), "page.txt");

        Assert.NotEqual("Field Notes", page.Title);
    }
}
