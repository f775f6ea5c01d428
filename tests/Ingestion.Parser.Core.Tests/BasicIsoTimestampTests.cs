using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BasicIsoTimestampTests
{
    [Theory]
    [InlineData("20180619T055000+0900", "2018-06-19T05:50:00+09:00")]
    [InlineData("20180619T0550+09:00", "2018-06-19T05:50:00+09:00")]
    [InlineData("20130926T210500Z", "2013-09-26T21:05:00+00:00")]
    [InlineData("20130926T210500", "2013-09-26T21:05:00")]
    public void A_timestamp_in_the_basic_format_keeps_its_date_and_offset(string value, string expected) =>
        Assert.Equal(expected, DateLineParser.ToIso(value));

    [Theory]
    [InlineData("20180619")]
    [InlineData("201806190550")]
    [InlineData("20180619T055000 JST")]
    [InlineData("2018-06-19T05:50:00+09:00")]
    [InlineData("Order 20180619T0550")]
    public void A_value_of_another_shape_is_not_rewritten(string value) =>
        Assert.Null(BasicIsoTimestamp.Extended(value));

    [Fact]
    public void The_json_ld_time_in_the_basic_format_dates_the_page_with_its_offset()
    {
        const string html = """
            <html><head><meta charset="utf-8"><title>Harbour ferry runs late</title>
            <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbour ferry runs late","datePublished":"20180619T055000+0900"}</script>
            </head><body><h1>Harbour ferry runs late</h1>
            <div class="status"><span class="publish">2018/6/19 5:50</span></div>
            <p>The harbour ferry ran late again on Tuesday morning, and the riders waiting on the quay were not pleased about it.</p>
            <p>The operator said a new engine would arrive before the summer timetable begins next month.</p>
            </body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html", "text/html");
        Assert.Equal("2018-06-19T05:50:00+09:00", page.PublishedAt);
    }
}
