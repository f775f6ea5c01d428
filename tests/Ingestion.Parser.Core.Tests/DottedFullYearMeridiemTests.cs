using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DottedFullYearMeridiemTests
{
    private static ParsedPage Parse(string text) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "thread.txt");

    [Fact]
    public void A_dotted_date_with_its_full_year_and_a_12_hour_clock_is_month_first()
    {
        var page = Parse(BlogThreadShape.Text("By: Quay Watcher", "12.09.2016 @ 6:00 PM", ""));
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("2016-12-09T18:00:00", page.Comments[0].PostedAt);
        Assert.Equal("2016-12-09T18:02:00", page.Comments[1].PostedAt);
    }

    [Fact]
    public void The_same_date_with_a_24_hour_clock_stays_day_first()
    {
        var page = Parse(BlogThreadShape.Text("By: Quay Watcher", "12.09.2016 18:00", ""));
        Assert.Equal("2016-09-12T18:00:00", page.Comments[0].PostedAt);
    }
}
