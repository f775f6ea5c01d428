using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DottedDayMonthCommaYearTests
{
    [Theory]
    [InlineData("23.08, 2012 @ 14:07", "2012-08-23T14:07:00")]
    [InlineData("3.11, 2012 @ 9:05", "2012-11-03T09:05:00")]
    [InlineData("28.02, 2013", "2013-02-28")]
    public void A_dotted_day_and_month_with_the_year_after_a_comma_is_a_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("23.08")]
    [InlineData("17.13, 2011")]
    [InlineData("31.04, 2011")]
    [InlineData("Score 23.08 2012")]
    public void A_day_and_month_without_its_year_or_off_the_calendar_is_no_date(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out var time) && time.Date is not null);

    [Fact]
    public void A_comment_signature_with_the_dotted_date_gives_name_and_time()
    {
        Assert.True(CommentLine.TryReadAuthor("Comment by Hanna Vogt — 23.08, 2012 @ 14:10", out var author, out var time, out _));
        Assert.Equal("Hanna Vogt", author);
        Assert.Equal("2012-08-23T14:10:00", time?.ToIso());
    }
}
