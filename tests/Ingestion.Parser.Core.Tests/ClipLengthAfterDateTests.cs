using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClipLengthAfterDateTests
{
    [Theory]
    [InlineData("Sept. 26, 2013 | 2:14", "Sept. 26, 2013")]
    [InlineData("September 26, 2013 | 0:45", "September 26, 2013")]
    public void A_clip_length_after_a_bar_beside_a_date_is_dropped(string line, string expected) =>
        Assert.Equal(expected, ClipLengthAfterDate.Without(line));

    [Theory]
    [InlineData("Sept. 26, 2013 | 2:14 PM")]
    [InlineData("26.09.2013 | 14:05")]
    [InlineData("Sept. 26, 2013 9:05 | 2:14")]
    [InlineData("Obama at the U.N. | 3:05")]
    public void A_clock_or_a_line_that_is_no_date_is_kept(string line) =>
        Assert.Equal(line, ClipLengthAfterDate.Without(line));

    [Fact]
    public void The_date_line_with_a_clip_length_gives_the_day_without_a_time()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Sept. 26, 2013 | 2:14", ref found));
        Assert.True(found.Time?.IsDateOnly);
        Assert.Null(found.Clock);
    }
}
