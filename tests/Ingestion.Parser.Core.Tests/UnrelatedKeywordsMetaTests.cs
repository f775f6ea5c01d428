using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnrelatedKeywordsMetaTests
{
    private const string SiteKeywords = "membership, conference, journal, newsletter, library, lectures, pilots, navigation, charts, boats, sailing, meetings";

    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour Society :: Reading the Tides</title>
        <meta name="Keywords" content="{{keywords}}">
        <meta name="Description" content="Tide tables can mislead. Bea Okafor shows us how to read them at night."></head><body>
        <div id="main"><h1>Reading the Tides</h1>
        <div class="article-content"><div>
        <p>This piece is the second in a series on tide tables and how the masters of small craft read them before coming in at night.</p>
        <p>Masters still trust their own eyes over any table, and the next piece will explain why that remains wise in a fog.</p>
        </div></div></div>
        <div id="footer">Copyright 1994-2016 Harbour Society.</div></body></html>
        """), "tides.html");

    [Fact]
    public void A_long_site_list_sharing_no_word_with_headline_or_description_gives_no_tags() =>
        Assert.Empty(Parse(SiteKeywords).Tags);

    [Fact]
    public void A_list_naming_a_word_of_the_headline_stays_the_tags() =>
        Assert.Equal(12, Parse(SiteKeywords.Replace("boats", "tides", StringComparison.Ordinal)).Tags.Count);

    [Fact]
    public void A_short_list_is_not_asked() =>
        Assert.Equal(["lectures", "navigation", "charts"], Parse("lectures, navigation, charts").Tags);

    // UnspacedScriptKeyword: a Chinese story's keywords found inside its unspaced description are its own.
    private static ParsedPage ParseHan(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>渡轮公司就延误道歉 - 港湾新闻网</title>
        <meta name="keywords" content="{{keywords}}">
        <meta name="description" content="港湾渡轮公司在各方压力下到议会接受质询，就其渡轮延误问题道歉。"></head><body>
        <h1>渡轮公司就延误道歉</h1>
        <div class="bodytext">
        <p>港湾渡轮公司此前承认早在去年就已知悉其渡轮的引擎问题，引发乘客不满。港湾渡轮公司承诺将在两周内解决问题。</p>
        <p>一些议员欢迎渡轮公司道歉，但也质问公司有否隐瞒维修记录。</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void Han_keywords_inside_the_unspaced_description_stay_the_tags() =>
        Assert.Equal(11, ParseHan("港湾, 渡轮, 延误, 议会, 质询, 道歉, 引擎, 乘客, 维修, 码头, 航线").Tags.Count);

    [Fact]
    public void Han_keywords_found_nowhere_in_title_or_description_still_give_no_tags() =>
        Assert.Empty(ParseHan("会员, 期刊, 图书馆, 讲座, 会议, 帆船, 导航, 海图, 船只, 通讯, 年会").Tags);
}
