using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KeywordsInDocumentTitleTests
{
    internal static ParsedPage Parse(string documentTitle, string author = "海港网", string copyright = "海港网版权所有") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title>
        <meta name="keywords" content="渡轮,票价,海港">
        <meta name="author" content="{{author}}">
        <meta name="copyright" content="{{copyright}}">
        <meta property="og:title" content="渡轮票价五月上涨，燃油成本翻倍">
        <meta property="article:published_time" content="2021-05-15T11:36:10+08:00">
        </head><body>
        <div class="post_main"><div class="post_crumb"><a href="/">海港首页</a> &gt; <a href="/dy/">海港号</a> &gt; 正文</div>
        <h1 class="post_title">渡轮票价五月上涨，燃油成本翻倍</h1>
        <div class="post_info">2021-05-15 11:36:10　来源: <a href="/media/1">海港晚报</a></div>
        <div class="post_body">
        <p>海岛渡轮公司周六表示，由于燃油费用翻了一番，从五月一日起单程票价将上涨五分之一，这是十年来第一次调整票价。</p>
        <p>四月底之前购买的季票保持原价，每天前往大陆学校的学生仍然可以免费乘坐渡轮，公司称这一安排将至少持续到年底。</p>
        </div></div>
        <div class="footer"><span>© 1997-2022 海港公司版权所有</span> <a href="/about">关于我们</a></div></body></html>
        """), "ferry.html");

    [Fact]
    public void Bar_joined_keywords_between_headline_and_site_are_passed_over()
    {
        var page = Parse("渡轮票价五月上涨，燃油成本翻倍|渡轮|票价|海港_海港订阅");
        Assert.Equal("海港订阅", page.Site);
    }

    [Fact]
    public void A_bar_joined_part_the_keywords_meta_does_not_list_is_no_keyword()
    {
        var page = Parse("渡轮票价五月上涨，燃油成本翻倍|本地新闻|渡轮_海港订阅");
        Assert.NotEqual("海港订阅", page.Site);
    }
}
