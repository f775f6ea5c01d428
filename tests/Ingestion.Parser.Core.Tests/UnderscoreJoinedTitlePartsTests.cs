using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnderscoreJoinedTitlePartsTests
{
    [Theory]
    [InlineData("_频道_河边新闻网", "河边新闻网")]
    [InlineData(" _本地 _河边新闻网", "河边新闻网")]
    [InlineData("_河边新闻网", "河边新闻网")]
    public void The_last_underscore_joined_part_after_the_headline_is_the_site(string rest, string site) =>
        Assert.Equal(site, UnderscoreJoinedTitleParts.Site(rest));

    [Theory]
    [InlineData("The Harbor Ledger")]
    [InlineData("- River Town News")]
    [InlineData("_a_b_c_d")]
    [InlineData("_ _")]
    public void A_rest_not_led_by_an_underscore_or_of_too_many_parts_names_nothing(string rest) =>
        Assert.Null(UnderscoreJoinedTitleParts.Site(rest));

    [Fact]
    public void A_chinese_news_page_gives_its_headline_site_and_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>河边小镇的新渡轮明年开通 _本地新闻 _河边新闻网</title>
            <meta name="keywords" content="渡轮 河边小镇 交通 2018年" /></head>
            <body><div class="nav"><a href="/">首页</a> <a href="/local">本地新闻</a></div>
            <h1>河边小镇的新渡轮明年开通</h1>
            <div id="content">
            <p>　　河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次。</p>
            <p>　　镇长在周二的会议上说，渡轮的票价将与公交车相同，学生可以免费乘坐。</p>
            <p>　　居民们对这一消息表示欢迎，但也有人担心码头附近的停车问题。</p>
            </div>
            <div class="footer">河边新闻网版权所有</div></body></html>
            """), "ferry.html");
        Assert.Equal("河边小镇的新渡轮明年开通", page.Title);
        Assert.Equal("河边新闻网", page.Site);
        Assert.Equal(["渡轮", "河边小镇", "交通", "2018年"], page.Tags);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("河边小镇的新渡轮将在明年春天开通", page.BodyParagraphs[0]);
    }
}
