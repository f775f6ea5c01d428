using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameWordBeforeDateTests
{
    [Theory]
    [InlineData("By Rupert Fane World Last updated: 24 September 2013", "24 September 2013")]
    [InlineData("By Rupert Fane World Last updated: 2013-09-24", "2013-09-24")]
    public void A_label_ending_with_its_colon_is_left_before_the_date(string segment, string date) =>
        Assert.Equal(segment.IndexOf(date, StringComparison.Ordinal), DateStart(segment));

    [Theory]
    [InlineData("By Hollis Brennan June 18, 2022", "June 18, 2022")]
    [InlineData("By Hollis Brennan Sat June 18, 2022", "Sat June 18, 2022")]
    public void The_month_and_weekday_opening_a_date_are_the_dates(string segment, string date) =>
        Assert.Equal(segment.IndexOf(date, StringComparison.Ordinal), DateStart(segment));

    private static int DateStart(string segment) =>
        NameWordBeforeDate.DateStart(segment, segment.AsSpan().IndexOfAnyInRange('0', '9'), out _);
}
