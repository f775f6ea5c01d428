using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RailHeadlineTests
{
    [Theory]
    [InlineData("Police identify driver killed in Route 9 crash")]
    [InlineData("3 hurt in crash on Route 33")]
    public void A_short_headline_is_a_rail_item(string line) => Assert.True(RailHeadline.Is(line));

    [Theory]
    [InlineData("The county said the bridge would reopen on Tuesday after six weeks of repairs.")]
    [InlineData("comments are closed")]
    [InlineData("")]
    public void A_sentence_a_lower_case_line_or_a_blank_is_no_rail_item(string line) => Assert.False(RailHeadline.Is(line));

    [Fact]
    public void A_rail_opens_at_its_heading_and_runs_over_blanks_and_headlines()
    {
        Assert.True(RailHeadline.Continues("Most Popular", inRail: false));
        Assert.True(RailHeadline.Continues("", inRail: true));
        Assert.True(RailHeadline.Continues("Tigers rally past Eagles in overtime", inRail: true));
        Assert.False(RailHeadline.Continues("Tigers rally past Eagles in overtime", inRail: false));
        Assert.False(RailHeadline.Continues("The county said the bridge would reopen on Tuesday after six weeks of repairs.", inRail: true));
    }

    [Fact]
    public void Comments_under_a_copyright_line_and_an_unbulleted_rail_are_read()
    {
        var page = "Grocery workers vote to authorize strike\nBy Kayla Brandt\n"
            + "Workers at nine Riverton-area grocery stores voted Tuesday to authorize a strike if their union cannot reach a contract.\n"
            + "Members of the union approved the measure by 94 percent, according to the union's president, Carl Mendes.\n"
            + "Copyright 2013 WKRV. All rights reserved.\nMost Popular\nCouncil approves budget for road repairs\nPolice identify driver killed in Route 9 crash\n"
            + "Tigers rally past Eagles in overtime\nStorm knocks out power to thousands of customers\nFarmers market moves to Saturday mornings\n"
            + "Comments\nRhonda Keel\nMy daughter works at the Fifth Street store and still cannot afford their insurance.\nReply · Like · September 17 at 5:48pm\n";
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "strike.txt");

        Assert.Equal("Rhonda Keel", Assert.Single(parsed.Comments).Author);
    }

    [Fact]
    public void A_rail_under_a_thread_that_only_its_form_heads_ends_the_thread()
    {
        var page = "Ferry fares to rise eight per cent\n\nBy Dana Whitcomb\n\n"
            + "Ferry fares across the harbour will rise by eight per cent from January, the transport minister said on Tuesday.\n\n"
            + "The minister said the money would pay for repairs to three wharves that have been closed since the winter storms.\n\n"
            + "Have your say\n\nTom from Balmain\nSeptember 24, 2013 - 7:05PM\nEight per cent for a boat that turns up late three days out of five.\n"
            + "Thumbs up 42 | Thumbs down 3 | Reply\n\n"
            + "Trending Now\n\nCouncil approves budget for road repairs\nPolice identify driver killed in Route 9 crash\nTigers rally past Eagles in overtime\n";
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "ferry.txt");

        Assert.Equal("Tom from Balmain", Assert.Single(parsed.Comments).Author);
    }
}
