using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"10/ 5/11 09:19 PM ET": a slash date with a space-padded day reads as "10/5/11".</summary>
public class SpacePaddedSlashDateTests
{
    [Theory]
    [InlineData("10/ 5/11 09:19 PM ET", "2011-10-05T21:19:00-04:00")]
    [InlineData("3/ 7/2012 11:02 AM ET", "2012-03-07T11:02:00-05:00")]
    public void The_padded_day_is_read(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Score: 10/ 5 and rising")]
    [InlineData("Pages 10/ 5/117 of the report")]
    public void Other_slashes_followed_by_a_space_stay_no_date(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out _));
}
