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

    [Theory]
    [InlineData("Blue Ridge Rally - For Ridgeway State Rams Fans", "Blue Ridge Rally")]
    [InlineData("Bleeding Pine Nation - for Carlin Tech fans", "Bleeding Pine Nation")]
    [InlineData("Carlin Tech fans - for 20 years the loudest in the league said a coach of the fans", null)]
    [InlineData("Police Blotter - Arrests and citations", null)]
    public void A_blog_name_before_its_fans_strap(string line, string? expected) =>
        Assert.Equal(expected, CommunityTagline.NameBeforeFansTagline(line));
}
