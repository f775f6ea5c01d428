using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserBetweenLinksTests
{
    private const string Story = "Ship raised off Italian island\n\n23 September 2013\n\n"
        + "The Costa Concordia has been pulled upright off the Italian island of Giglio after a 19-hour operation, officials said on Tuesday morning.\n\n"
        + "Engineers said the hull had suffered less damage than they had feared, and the ship would be towed away for scrap next spring.\n\n";

    private static List<string> Body(string page) => PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt").BodyParagraphs.ToList();

    [Fact]
    public void A_rail_teaser_with_the_copyright_line_right_under_the_next_link_is_the_rail_s()
    {
        var body = Body(Story + "More Europe stories\nMerkel heads for third term win\nGerman voters go to the polls on Sunday with Merkel expected to win.\nRouhani's New York charm offensive\nCopyright © 2013 BNC\n");

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_rail_teaser_with_a_paragraph_under_the_next_link_is_not_known_so()
    {
        var body = Body(Story + "More Europe stories\nMerkel heads for third term win\nGerman voters go to the polls on Sunday with Merkel expected to win.\nRouhani's New York charm offensive\nThe salvage crews will return to the island in the spring.\n");

        Assert.Contains("German voters go to the polls on Sunday with Merkel expected to win.", body);
    }
}
