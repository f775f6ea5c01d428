using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Headline / "12 comments" / deck / byline, as a text browser prints a story header whose comment badge stands between the
/// headline and the deck: the badge parts no headline from its deck, and the headline is the title.
/// </summary>
public class CountBadgeUnderHeadlineTests
{
    private const string Page = """
        * Transport
        * Harbour

        The ferry adds a night run to the harbour line

           12 comments

        Late boats sold out all summer, the port says

           by Ines Varga Nov 29, 2016, 10:00am EST

           The harbour ferry will run until one in the morning from next month, the port authority said on Monday, after a summer in which the last boats left full.

           The night run costs the same as a day ticket, and the last boat waits ten minutes for the final train from the city centre.
        """;

    [Fact]
    public void The_line_over_the_badge_is_the_headline_over_the_deck()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.lynx.txt");
        Assert.Equal("The ferry adds a night run to the harbour line", page.Title);
        Assert.Equal(["Ines Varga"], page.Authors);
        Assert.DoesNotContain("Late boats sold out all summer, the port says", page.BodyParagraphs);
    }

    [Fact]
    public void Without_the_badge_the_pair_reads_as_before()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("   12 comments\n\n", "", StringComparison.Ordinal)), "ferry.lynx.txt");
        Assert.Equal("The ferry adds a night run to the harbour line", page.Title);
    }
}
