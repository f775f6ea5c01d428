using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledRelTagRunTests
{
    private static ParsedPage Parse(string meta) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 | かわべ通信</title>
        <meta name="keywords" content="ニュース,IT,音楽,ゲーム,blog"></head>
        <body><article><header class="entry-header"><h1 class="entry-title">川辺の町に新しい渡し船</h1>
        <div class="entry-meta">{meta}</div></header>
        <div class="entry-content">
        <p>川辺の町に来月から新しい渡し船が就航し、一日十二往復で対岸の桟橋を結びます。住民も学生も乗ることができます。</p>
        <p>町長は火曜日の会議で、運賃はバスと同じで学生は無料になると話しました。</p>
        </div></article></body></html>
        """), "ferry.html", "text/html");

    private const string Byline = """<time datetime="2021-07-09T08:15:00+09:00">2021年7月9日08:15</time> by <a rel="author" href="/author/kawabe/">川辺</a> | カテゴリー <a rel="category tag" href="/category/local/">地域</a> | """;

    [Theory]
    [InlineData(Byline + """タグ <a rel="tag" href="/tag/ferry/">渡し船</a>, <a rel="tag" href="/tag/town/">町政</a>""")]
    [InlineData(Byline + """Tags: <a rel="tag" href="/tag/ferry/">渡し船</a>, <a rel="tag" href="/tag/town/">町政</a>""")]
    public void A_labelled_run_of_tag_links_in_the_entry_meta_gives_the_tags(string meta) =>
        Assert.Equal(["渡し船", "町政"], Parse(meta).Tags);

    [Fact]
    public void A_run_of_tag_links_with_no_label_before_it_is_not_read_so() =>
        Assert.DoesNotContain("渡し船", Parse(Byline + """<a rel="tag" href="/tag/ferry/">渡し船</a>, <a rel="tag" href="/tag/town/">町政</a>""").Tags);
}
