using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClockJoinsDateHeaderTests
{
    private const string Post = """
        The Tidewater Caucus

        Wednesday, September 25. 2013

        Commissioners pull branch library money, then put half of it back

        It took the Marsh County Board of Commissioners about three hours on Tuesday night to cut the money for the branch library.

        The version that passed 4-1 gives the branch $112,000 for the year that starts in January, enough for three days a week.

        Posted by Gil Ostrander in County Commission at 14:05 | Comments (6) | Trackbacks (0)

        Last comments
        Lorna P. about Commissioners pull branch library money, then put half of it back
        Wed, 25.09.2013 17:44
        """;

    [Fact]
    public void The_posts_own_clock_under_the_text_keeps_the_date_header_over_a_later_sidebar_time()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Post), "page.txt");

        Assert.Equal("2013-09-25T14:05:00", page.PublishedAt);
    }

    [Fact]
    public void Without_the_posts_clock_a_dated_time_under_the_title_still_wins_over_the_day_above_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Post.Replace(" at 14:05", string.Empty, StringComparison.Ordinal)), "page.txt");

        Assert.Equal("2013-09-25T17:44:00", page.PublishedAt);
    }
}
