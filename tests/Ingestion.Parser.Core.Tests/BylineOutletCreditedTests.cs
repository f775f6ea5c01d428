using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineOutletCreditedTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("By Dev Sandhu, Lakeshore News Channel", "Lakeshore News Channel")]
    [InlineData("SportsCenter Network news services", "SportsCenter Network")]
    [InlineData("By Dev Sandhu, senior political reporter", null)]
    [InlineData("By Dev Sandhu, Washington", null)]
    [InlineData("The wire and the network's news services", null)]
    public void The_outlet_after_the_writer_or_before_news_services(string line, string? outlet) =>
        Assert.Equal(outlet, BylineOutletCredited.OutletOf(line));

    [Fact]
    public void The_outlet_a_possessive_credit_repeats_is_the_site()
    {
        var lines = Lines("House Republicans huddle\n\nBy Dev Sandhu, Lakeshore News Channel\nUpdated: Fri Sep 27, 2013 6:12 PM EDT\n\nThe text of the story goes on here.\n\nLakeshore News Channel's Priya Okafor contributed to this report.\n");
        Assert.Equal("Lakeshore News Channel", BylineOutletCredited.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void A_byline_in_capitals_gives_way_to_the_credits_spelling()
    {
        var lines = Lines("House Republicans huddle\n\nBY DEV SANDHU, LAKESHORE NEWS CHANNEL\n\nThe text of the story goes on here.\n\nLakeshore News Channel's Priya Okafor contributed to this report.\n");
        Assert.Equal("Lakeshore News Channel", BylineOutletCredited.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void An_outlet_no_credit_repeats_is_no_site()
    {
        var lines = Lines("House Republicans huddle\n\nBy Dev Sandhu, Capitol Hill Producer\n\nThe text of the story goes on here.\n\nThe Associated Press contributed to this report.\n");
        Assert.Null(BylineOutletCredited.Name(lines, 0, lines.Count));
    }
}
