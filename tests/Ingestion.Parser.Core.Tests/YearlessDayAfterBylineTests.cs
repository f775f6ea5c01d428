using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class YearlessDayAfterBylineTests
{
    [Theory]
    [InlineData("By Jane Roe March 18 at 3:57 PM", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe and Tom Hale Oct. 2", new[] { "Jane Roe", "Tom Hale" })]
    public void A_labelled_byline_ends_where_a_yearless_month_and_day_open(string segment, string[] names) =>
        Assert.Equal(names, YearlessDayAfterByline.NamesBefore(segment, segment.AsSpan().IndexOfAnyInRange('0', '9')));

    [Theory]
    [InlineData("Jane Roe March 18 at 3:57 PM")]
    [InlineData("By Jane Roe Route 18 at 3:57 PM")]
    [InlineData("By Jane Roe March 2015")]
    [InlineData("By Jane Roe March 45")]
    public void No_label_no_month_or_no_day_reads_nothing(string segment) =>
        Assert.Null(YearlessDayAfterByline.NamesBefore(segment, segment.AsSpan().IndexOfAnyInRange('0', '9')));

    [Fact]
    public void A_dumped_byline_run_into_a_yearless_day_and_a_follow_button_names_the_writer_and_dates_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            City council approves the new transit budget

               By Jane Roe March 18 at 3:57 PM Follow @janeroe

               The city council approved the new transit budget on Tuesday, after a long debate over fares and the future of the night buses in the outer districts.

               The mayor said the plan would be put to residents at a public meeting before the summer, and that the first works would begin next year.
            """), "page.txt");
        Assert.Equal(["Jane Roe"], page.Authors);
        Assert.Null(page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
