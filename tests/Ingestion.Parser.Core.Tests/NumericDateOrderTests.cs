using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumericDateOrderTests
{
    [Theory]
    [InlineData("Submitted by marisol_t on Tue, 03/12/2013 - 14:05\n…\nSubmitted by anonymous on Wed, 03/13/2013 - 09:15.", "MonthFirst")]
    [InlineData("Posted 3/28/12 at 9:05 PM", "MonthFirst")]
    [InlineData("Published 25/12/2012 14:05", "DayFirst")]
    [InlineData("Tue, 03/12/2013 - 14:05", "Unknown")]
    [InlineData("03/13/2013 and 25/12/2013", "Unknown")]
    [InlineData("<a href=\"/2013/03/12/\">story</a> </div>", "Unknown")]
    [InlineData("path 1/13/2013/4 and 2013/13/12", "Unknown")]
    [InlineData("a score of 24/13/20 is no date", "Unknown")]
    [InlineData("", "Unknown")]
    public void A_page_s_unambiguous_slash_dates_give_its_order(string text, string expected) =>
        Assert.Equal(expected, NumericDateOrder.Find(text).ToString());

    [Theory]
    [InlineData("Wed, 03/13/2013 - 09:15", "Tue, 03/12/2013 - 14:05", "2013-03-12T14:05:00")]
    [InlineData("25/12/2012 18:40", "03/12/2012 9:05 PM", "2012-12-03T21:05:00")]
    [InlineData("no date at all", "Tue, 03/12/2013 14:05", "2013-12-03T14:05:00")]
    [InlineData("Published 25/12/2012 14:05", "Tue, 03/12/2013 - 14:05", "2013-12-03T14:05:00")]
    [InlineData("Wed, 03/13/2013 - 09:15", "Mon, 04/07/2016 14:05", "2016-07-04T14:05:00")]
    public void An_ambiguous_date_takes_the_page_s_order_unless_its_weekday_fits_one_order_only(string page, string line, string expected)
    {
        using (NumericDateOrder.For(page))
        {
            Assert.True(DateLineParser.TryParseLine(line, out var time));
            Assert.Equal(expected, time.ToIso());
        }

        Assert.Equal(NumericDateOrder.Order.Unknown, NumericDateOrder.Current);
    }
}
