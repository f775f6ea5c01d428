using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziDateTests
{
    [Theory]
    [InlineData("2015年11月23日06:48", "2015-11-23T06:48:00")]
    [InlineData("2017年03月03日 08:19", "2017-03-03T08:19:00")]
    [InlineData("2017年3月3日", "2017-03-03")]
    [InlineData("2019年6月12日 09時30分", "2019-06-12T09:30:00")]
    [InlineData("2019年6月12日(水) 9時05分12秒", "2019-06-12T09:05:12")]
    [InlineData("2019年6月12日 星期三 09:30", "2019-06-12T09:30:00")]
    [InlineData("2019年6月12日（水）", "2019-06-12")]
    [InlineData("2019年04月13日 09時00分", "2019-04-13T09:00:00")]
    [InlineData("2019年4月13日 9时5分", "2019-04-13T09:05:00")]
    public void A_chinese_date_line_reads_as_its_day_and_clock(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("2017年3月")]
    [InlineData("1975年")]
    [InlineData("2017年13月3日")]
    [InlineData("河边小镇2017年3月3日开通新渡轮")]
    public void A_year_or_month_alone_or_a_sentence_holding_a_date_is_no_date_line(string line) =>
        Assert.Null(HanziDate.Normalised(line));

    [Theory]
    [InlineData("发稿时间：2016-05-12 09:30:00", "2016-05-12T09:30:00")]
    [InlineData("发布时间: 2016-05-12 09:30", "2016-05-12T09:30:00")]
    [InlineData("发布日期：2016年5月12日", "2016-05-12")]
    public void A_date_after_a_chinese_time_or_date_label_reads_as_the_date(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("河边小镇：2016-05-12 09:30")]
    [InlineData("发稿时间：明天上午")]
    [InlineData("发稿时间：")]
    public void A_label_naming_no_time_or_a_label_without_a_date_reads_no_date(string line)
    {
        Assert.False(DateLineParser.TryParseLine(line, out _));
    }

    [Fact]
    public void A_date_line_with_its_label_and_the_source_gives_the_story_its_time()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>河边小镇的新渡轮明年开通_本地新闻_河边新闻网</title>
            <meta name="publishdate" content="2016-05-12" /></head>
            <body><h1>河边小镇的新渡轮明年开通</h1>
            <div class="time">发稿时间：<span>2016-05-12 09:30:00</span> <span>来源： <a href="/">河边日报</a></span> <span>河边新闻网</span></div>
            <div id="content">
            <p>　　河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次，镇上的居民和学生都可以乘坐。</p>
            <p>　　镇长在周二的会议上说，渡轮的票价将与公交车相同，学生可以免费乘坐，老人也有优惠。</p>
            </div></body></html>
            """), "ferry.html");
        Assert.Equal("2016-05-12T09:30:00", page.PublishedAt);
    }
}
