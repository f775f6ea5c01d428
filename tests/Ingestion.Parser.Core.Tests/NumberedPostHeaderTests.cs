using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedPostHeaderTests
{
    [Theory]
    [InlineData("#1 Mar 12, 2013   Ole Brekke   Oakes Mill, ND", "Ole Brekke")]
    [InlineData("   #12 Mar 13, 2013   farmgal   Kindred, ND", "farmgal")]
    [InlineData("#3 Mar 13, 2013   Ted K", "Ted K")]
    public void The_post_number_date_and_town_leave_the_name(string line, string author)
    {
        Assert.True(NumberedPostHeader.TryRead(line, out var name, out var time));
        Assert.Equal(author, name);
        Assert.NotNull(time.Date);
    }

    [Fact]
    public void A_posts_age_in_the_dates_place_leaves_the_name_and_no_time()
    {
        Assert.True(NumberedPostHeader.TryRead("#2 3 days ago   farmgal   Kindred, ND", out var name, out var time));
        Assert.Equal("farmgal", name);
        Assert.True(time.Relative);
    }

    [Theory]
    [InlineData("#1 Mar 12, 2013 Ole Brekke Oakes Mill, ND")]
    [InlineData("#1 in the league   Ole Brekke")]
    [InlineData("#BREAKING Mar 12, 2013   Ole Brekke")]
    [InlineData("#1 Mar 12, 2013   Ole Brekke   Route 7")]
    public void Other_lines_are_no_post_header(string line) =>
        Assert.False(NumberedPostHeader.TryRead(line, out _, out _));
}
