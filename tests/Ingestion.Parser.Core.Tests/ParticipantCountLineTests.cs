using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParticipantCountLineTests
{
    [Fact]
    public void A_threads_tally_of_posts_and_posters_under_the_header_is_no_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Tech —

            The quiet tenant: how to make a rented flat smarter

            Turning a rented flat into a smart home can be tricky; we have some advice.

            Mira Holm - Aug 10, 2016 11:15 am UTC

            The quiet tenant: how to make a rented flat smarter
            Mira Holm


            reader comments

            132 with 73 posters participating

            Share this story

            Name a home appliance and there is probably a smart version of it today, but for renters it can be tricky to choose what to buy and what to leave in the shop.

            Most of the devices in this guide plug into a wall socket and need no tools, so they can leave with you when the lease ends.
            """), "tenant.w3m.txt");

        Assert.Equal("The quiet tenant: how to make a rented flat smarter", page.Title);
        Assert.Equal(["Mira Holm"], page.Authors);
    }

    [Theory]
    [InlineData("132 with 73 posters participating", true)]
    [InlineData("45 comments from 30 readers", true)]
    [InlineData("1,204 replies by 310 members", true)]
    [InlineData("132 with 73 posters", true)]
    [InlineData("3 killed with 12 people injured", false)]
    [InlineData("20 with 4 posters participating in the vote on Friday", false)]
    [InlineData("Posters participating: 73", false)]
    public void Only_two_numbers_joined_with_a_word_for_people_after_the_second_make_the_tally(string line, bool tally) =>
        Assert.Equal(tally, ParticipantCountLine.Is(line));
}
