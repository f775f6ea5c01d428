using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A time box printed clock first ("1:26 pm ET" over "Jun 3, 2014", lines of their own) is one time (ClockOverDate in TextArticleReader.ReadDate).</summary>
public class ClockOverDateTests
{
    private static ParsedPage Parse(string timeLines) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "Why new firms should sell before they advertise\n\n" + timeLines + "\n\n"
        + "New firms spend too early on advertising, a founder told a meeting of young companies on Tuesday, and too late on selling.\n\n"
        + "The first customers, she said, teach a firm more about its product than any campaign, and they pay for the lesson too.\n"), "sales.txt", "text/plain");

    [Fact]
    public void The_clock_right_over_the_date_is_its_time() =>
        Assert.Equal("2014-06-03T13:26:00-04:00", Parse("1:26 pm ET\nJun 3, 2014").PublishedAt);

    [Fact]
    public void The_clock_right_under_the_date_still_is() =>
        Assert.Equal("2014-06-03T13:26:00-04:00", Parse("Jun 3, 2014\n1:26 pm ET").PublishedAt);

    [Fact]
    public void An_html_time_box_split_by_a_line_break_reads_whole()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html><head><meta charset="utf-8"><title>Why new firms should sell before they advertise</title></head>
            <body><article><header><small class="post-time">1:26 pm  ET<br/>Jun 3, 2014</small>
            <h1>Why new firms should sell before they advertise</h1></header>
            <p>New firms spend too early on advertising, a founder told a meeting of young companies on Tuesday, and too late on selling.</p>
            <p>The first customers, she said, teach a firm more about its product than any campaign, and they pay for the lesson too.</p>
            <p>Her advice was to knock on doors for the first year and to leave the posters until the product had found its buyers.</p>
            </article></body></html>
            """), "sales.html", "text/html");

        Assert.Equal("2014-06-03T13:26:00-04:00", page.PublishedAt);
    }
}
