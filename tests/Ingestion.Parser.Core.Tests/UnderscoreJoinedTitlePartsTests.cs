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

    [Theory]
    [InlineData("河边小镇的新渡轮明年开通_本地新闻_河边新闻网", "河边小镇的新渡轮明年开通")]
    [InlineData("河边小镇：新渡轮明年开通 _本地 _河边新闻网", "河边小镇：新渡轮明年开通")]
    public void The_first_part_shown_on_a_line_of_its_own_is_the_headline(string documentTitle, string headline) =>
        Assert.Equal(headline, UnderscoreJoinedTitleParts.Headline(documentTitle, line => line == headline));

    [Theory]
    [InlineData("河边小镇的新渡轮明年开通_本地新闻_河边新闻网", "河边新闻网")]
    [InlineData("Harbor_Town_News", "Harbor")]
    [InlineData("河边小镇的新渡轮明年开通_a_b_c_d", "河边小镇的新渡轮明年开通")]
    [InlineData("河边小镇的新渡轮明年开通", "河边小镇的新渡轮明年开通")]
    public void A_part_not_shown_a_latin_title_or_too_many_parts_give_no_headline(string documentTitle, string shown) =>
        Assert.Null(UnderscoreJoinedTitleParts.Headline(documentTitle, line => line == shown));

    [Fact]
    public void A_chinese_page_with_its_headline_in_a_styled_box_gives_headline_site_date_captions_and_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>河边小镇：新渡轮明年开通_本地新闻_河边新闻网</title>
            <meta name="publishdate" content="2016-05-12" /><meta name="author" content="河边校园李文静" /></head>
            <body><div class="nav"><a href="/">首页</a> &gt;&gt; <a href="/local">本地新闻</a> &gt;&gt; 正文</div>
            <div class="main"><div class="headline-box">河边小镇：新渡轮明年开通</div>
            <div class="time-row">发稿时间：<span>2016-05-12 09:30:00</span> <span>来源： <a href="/">河边日报</a></span> <span><a href="/">河边新闻网</a></span></div>
            <div class="article"><div id="content" class="article-content">
            <p align="center"><img src="a.jpg" alt="河边小镇：新渡轮明年开通" /></p>
            <p align="center">图为停在码头旁的新渡轮。</p>
            <p>　　<strong>渡口的新变化</strong></p>
            <p>　　<strong>过去：渡船多久来一班？</strong></p>
            <p>　　<strong>现在：每天往返十二次！</strong></p>
            <p>　　河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次，镇上的居民和学生都可以乘坐，码头也会重新修建。</p>
            <p>　　镇长在周二的会议上说，渡轮的票价将与公交车相同，学生可以免费乘坐，老人也有优惠。居民们对这一消息表示欢迎，但也有人担心码头附近的停车问题，希望镇里能尽快拿出办法。</p>
            <p>　　在镇上开了二十年小店的王阿姨说：“以前去对岸要绕一个多小时的路，现在坐渡船十分钟就到了，周末带孙子去对岸的公园也方便多了。”她还说，希望渡船晚上也能多开几班。</p>
            <p>　　据介绍，新码头的候船室可以容纳两百人，还设有自行车停放区。镇里表示，渡轮开通后的第一个月将免费试运行，并根据乘客的意见调整班次和票价。</p>
            </div></div>
            <div class="editor-row"><span>责任编辑：李文静</span></div></div>
            <div class="footer">版权所有：河边新闻网</div></body></html>
            """), "ferry.html");
        Assert.Equal("河边小镇：新渡轮明年开通", page.Title);
        Assert.Equal("河边新闻网", page.Site);
        Assert.Equal("2016-05-12T09:30:00", page.PublishedAt);
        Assert.Empty(page.Authors);
        Assert.Equal(["图为停在码头旁的新渡轮。"], page.Captions);
        Assert.Equal(["渡口的新变化", "过去：渡船多久来一班？", "现在：每天往返十二次！"], page.BodyParagraphs.Take(3));
        Assert.Equal(7, page.BodyParagraphs.Count);
    }
}
