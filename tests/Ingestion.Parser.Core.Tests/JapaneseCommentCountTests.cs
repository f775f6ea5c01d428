using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JapaneseCommentCountTests
{
    private static ParsedPage Parse(string label) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 | かわべ通信</title></head>
        <body><article><h1 class="entry-title">川辺の町に新しい渡し船</h1>
        <div class="entry-content">
        <div class="share"><div class="btn-comments"><a href="#commentWidget">{label}</a></div></div>
        <p>川辺の町に来月から新しい渡し船が就航し、一日十二往復で対岸の桟橋を結びます。住民も学生も乗ることができます。</p>
        <p>町長は火曜日の会議で、運賃はバスと同じで学生は無料になると話しました。</p>
        </div>
        <div id="commentWidget"></div>
        </article></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("コメント\u00a00", 0)]
    [InlineData("コメント (3)", 3)]
    public void A_japanese_count_link_to_the_thread_declares_its_count(string label, int count) =>
        Assert.Equal(count, Parse(label).DeclaredCommentCount);

    [Fact]
    public void The_word_alone_declares_nothing() =>
        Assert.Null(Parse("コメントする").DeclaredCommentCount);
}
