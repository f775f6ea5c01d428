using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedThreadLinkTests
{
    [Fact]
    public void A_bracketed_link_to_the_whole_thread_ends_the_comments_before_a_bulleted_rail()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Gadget Letters

            Harbour Town Tablet Stylus Said to Get a Second Version in Spring

            Tuesday January 17, 2023 9:40 am PST by Mira Collins

            A second version of the tablet stylus made in Harbour Town may arrive this spring, according to two suppliers who spoke to a trade paper on Monday.

            The suppliers said the new stylus would charge without a cable and hold its charge for a week, a change readers have asked for since the first version came out.

            Neither supplier would say what the stylus will cost or whether the older one stays on sale once the new one ships.

            Top Rated Comments

            (View all)

            Avatar
            rivetgull
            3 hours ago at 9:46 am
            Let me guess: thinner, a shorter battery life and a higher price.
            Rating: 12 Votes
            Avatar
            pebblecart
            2 hours ago at 10:05 am
            I would like an eraser at the other end, like the old pencils had.
            Rating: 7 Votes
            Avatar
            lanternfen
            2 hours ago at 10:31 am
            Charging from the side of the tablet would solve most of my trouble with it.
            Rating: 4 Votes

            [ Read All Comments ]

            Upcoming

              • [desk_roundup]
                Desk Computer Early 2023

                Updated models with new screens expected early in the year.

              • Phone Nine Fall 2023

            More Blog Stories

              • Radio App Adds Profiles for Families

                6 hours ago on Phone Blog
                A radio app now lets every member of a family keep a list of their own stations.
                12 comments
            """), "stylus.w3m.txt");

        Assert.Equal(["rivetgull", "pebblecart", "lanternfen"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("Charging from the side of the tablet would solve most of my trouble with it.", Assert.Single(page.Comments[^1].Paragraphs));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("[ Read All Comments ]", "Read All Comments")]
    [InlineData("[View all comments]", "View all comments")]
    [InlineData("[Post Comment]", null)]
    [InlineData("[ Read All ]", null)]
    [InlineData("[desk_roundup]", null)]
    public void Only_a_link_to_the_whole_thread_keeps_its_words(string line, string? link) =>
        Assert.Equal(link, BracketedThreadLink.Link(line));
}
