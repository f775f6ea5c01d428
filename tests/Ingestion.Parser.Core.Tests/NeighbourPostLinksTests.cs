using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NeighbourPostLinksTests
{
    private static ParsedPage Parse(string older, string newer) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        * HOME
        * NEWS
        * ABOUT ME

        {{older}}
        {{newer}}

        No Hackers This Time

        The report sounded alarming: intruders were said to have reached the control system of a small town's pumping station and broken a pump.

        Whether such attacks are possible at all, and how often they have happened before, is argued over in every trade journal each year.
        """), "page.txt");

    [Fact]
    public void Links_to_the_older_and_newer_posts_over_the_post_are_no_title()
    {
        var page = Parse("« Reports on state spyware as obstruction of justice?", "Digital penalties »");

        Assert.Equal("No Hackers This Time", page.Title);
    }

    [Fact]
    public void A_quotation_in_guillemets_on_one_line_is_no_neighbour_link()
    {
        var lines = new PageLines(TextLine.Split("« We will rebuild the pump by spring », the mayor said.\nDigital penalties »"));

        Assert.False(NeighbourPostLinks.Is(lines, 0, 2));
        Assert.False(NeighbourPostLinks.Is(lines, 1, 2));
    }
}
