using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadingTimeAfterHanziDateTests
{
    private static ParsedPage Parse(string dateLine) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>港のフェリーに夜の便</title></head><body>
        <h1>港のフェリーに夜の便</h1>
        <p class="article__readTime date">{{dateLine}}</p>
        <p>港のフェリー会社は5月から夜の便を追加すると月曜日に発表した。夜勤の労働者から一年にわたって要望が寄せられていた。</p>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_date_with_the_reading_time_after_it_is_the_pages_date_and_no_text()
    {
        var page = Parse("""2019年2月27日<span class="dot"></span> 読了時間 3 分""");

        Assert.Equal("2019-02-27", page.PublishedAt);
        Assert.Single(page.BodyParagraphs);
    }

    [Fact]
    public void Words_after_the_label_other_than_the_minutes_are_not_a_reading_time()
    {
        Assert.Equal(0, ReadingTimeAfterHanziDate.Start("2019年2月27日 読了時間 3 分 のニュース"));
        Assert.True(ReadingTimeAfterHanziDate.Start("2019年6月12日 阅读时间 约5分钟") > 0);
    }
}
