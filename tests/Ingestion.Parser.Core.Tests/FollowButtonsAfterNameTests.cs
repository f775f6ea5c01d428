using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FollowButtonsAfterNameTests
{
    [Theory]
    [InlineData("Hannah VossBlockedUnblockFollowFollowing", "Hannah Voss")]
    [InlineData("Hannah Voss (BUTTON) BlockedUnblock (BUTTON) FollowFollowing", "Hannah Voss")]
    [InlineData("Rory McKayFollow", "Rory McKay")]
    public void The_writers_name_is_kept_without_the_buttons_run_on_after_it(string line, string name) =>
        Assert.Equal(name, FollowButtonsAfterName.Name(line));

    [Theory]
    [InlineData("Hannah Voss")]
    [InlineData("The Ledger DailyEconomyMarketsFollow")]
    [InlineData("Hannah Voss (BUTTON) Share")]
    [InlineData("the ferry men had no reason to followFollow")]
    public void A_line_that_is_not_a_name_before_follow_buttons_is_left_alone(string line) =>
        Assert.Null(FollowButtonsAfterName.Name(line));

    [Theory]
    [InlineData("Hannah VossBlockedUnblockFollowFollowing")]
    [InlineData("Hannah Voss (BUTTON) BlockedUnblock (BUTTON) FollowFollowing")]
    public void A_blogging_platforms_rendering_gives_the_writer_no_site_and_the_headline_over_the_motto(string writerLine)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Homepage
            Sign in / Sign up
            Go to the profile of Hannah Voss
            {writerLine}
            Oct 15, 2015
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

            The Ferry Men's Big Lie

            How the harbour board changed the timetable without asking anyone

                nobody asked the ferry men
                the harbour master

            (EDIT: the link to the board's notice is gone, because the board took the page down after the meeting.)

            First, I need to say something about the harbour board: it has not answered a single letter this year, and the ferry men are tired of waiting.

            Now, read the notice the board sent out last week. It is short, it is polite and it says nothing at all about the winter timetable.
            """), "page.txt");

        Assert.Equal("The Ferry Men's Big Lie", page.Title);
        Assert.Equal(["Hannah Voss"], page.Authors);
        Assert.Null(page.Site);
        Assert.Contains(page.BodyParagraphs, p => p.StartsWith("(EDIT: the link", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, p => p.StartsWith("First, I need", StringComparison.Ordinal));
    }
}
