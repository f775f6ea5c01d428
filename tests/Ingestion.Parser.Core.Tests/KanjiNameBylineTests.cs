using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KanjiNameBylineTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="ja"><head><meta charset="utf-8"><title>川辺町に新しい渡し船 - 川辺ニュース</title></head><body>
        <ul class="menu"><li><a href="/blog/">川辺ブログ</a></li><li><a href="/news/">ニュース</a></li></ul>
        <h1>川辺町に新しい渡し船</h1>
        {{byline}}
        <div class="article-body">
        <p>川辺町は来年の春から新しい渡し船を走らせると発表した。一日に十二往復し、町の住民と学生が乗ることができる。</p>
        <p>町長は火曜日の会議で、運賃は路線バスと同じにすると述べた。学生は無料で、高齢者にも割引がある。</p>
        </div></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("""<div class="head-inner"><span class="writer">川村一郎</span><span class="date"><a href="/archives/2019/04/13/">2019年04月13日 09時00分</a></span></div>""", "川村一郎")]
    [InlineData("""<div class="article-author"><a class="article-author__name" href="/author/18/">森田 花子</a><dl><dt>関連キーワード：</dt><dd><a href="/tag/boat/">渡し船</a></dd></dl></div>""", "森田 花子")]
    public void A_name_in_ideographs_in_the_writers_element_is_the_author(string byline, string name) =>
        Assert.Equal([name], Parse(byline).Authors);

    [Theory]
    [InlineData("川辺ニュース編集部")]
    [InlineData("社会部")]
    public void A_newsroom_or_section_in_the_writers_element_is_no_author(string desk) =>
        Assert.Empty(Parse($"""<span class="writer">{desk}</span>""").Authors);

    [Theory]
    [InlineData("松村太郎", true)]
    [InlineData("ジョン・スミス", true)]
    [InlineData("後藤 大地", true)]
    [InlineData("川辺町は来年の春から新しい渡し船を走らせる", false)]
    [InlineData("Taro Matsumura", false)]
    [InlineData("2019年04月13日", false)]
    public void Only_a_short_run_of_ideographs_or_kana_is_a_name(string text, bool isName) =>
        Assert.Equal(isName, KanjiNameByline.IsName(text));
}
