using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommunityTaglineTests
{
    [Theory]
    [InlineData("A Tennessee Titans community", true)]
    [InlineData("A Wolves community", true)]
    [InlineData("An Oilers blog", true)]
    [InlineData("A community", false)]
    [InlineData("A reader writes about the community.", false)]
    [InlineData("A new park for the community", false)]
    public void A_teams_community_tagline(string line, bool expected) =>
        Assert.Equal(expected, CommunityTagline.Is(line));

    [Fact]
    public void The_name_over_the_tagline_is_the_blog()
    {
        string[] texts = ["SBN", "NFL", "NBA", "", "Blue Line Report", "A Tennessee Titans community", "", "Titans 20, Chargers 17: Locker leads late drive"];
        var lines = new PageLines([.. texts.Select(line => new TextLine(0, line))]);
        Assert.Equal("Blue Line Report", CommunityTagline.BlogName(lines, 7));
    }

    [Fact]
    public void Right_over_the_headline_with_no_blank_line_the_tagline_is_no_headline_over_a_deck()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            SBN
            NFL
            NBA
            Blue Line Report
            A Tennessee Titans community
            Titans 20, Chargers 17: Locker leads late drive for 2-1 start
            By Darnell Price on Sep 22 2013, 4:25p
            Jake Locker hit Justin Hunter for a 34-yard touchdown with 15 seconds left, and the Titans beat the San Diego Chargers 20-17 on Sunday.
            Locker finished 23 of 32 for 299 yards with a touchdown pass and a rushing score, and drove the offense 94 yards at the end.
            """), "page.txt");

        Assert.Equal("Titans 20, Chargers 17: Locker leads late drive for 2-1 start", page.Title);
    }

    [Theory]
    [InlineData("Blue Ridge Rally - For Ridgeway State Rams Fans", "Blue Ridge Rally")]
    [InlineData("Bleeding Pine Nation - for Carlin Tech fans", "Bleeding Pine Nation")]
    [InlineData("Carlin Tech fans - for 20 years the loudest in the league said a coach of the fans", null)]
    [InlineData("Police Blotter - Arrests and citations", null)]
    public void A_blog_name_before_its_fans_strap(string line, string? expected) =>
        Assert.Equal(expected, CommunityTagline.NameBeforeFansTagline(line));
}
