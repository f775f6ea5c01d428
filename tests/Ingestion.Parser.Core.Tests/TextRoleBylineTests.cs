using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextRoleBylineTests
{
    private static ParsedPage Parse(string byline, string body = "<body>") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 週刊川辺</title></head>
        {body}<div id="main"><div id="articleHead"><p class="data"><span>2021年05月14日12時00分</span></p>
        <h1 itemprop="headline">川辺の町に新しい渡し船</h1>
        <p class="author" itemprop="author">{byline}</p></div>
        <div class="article" itemprop="articleBody">
        <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("文●ヤマカワ／週刊川辺編集部", "ヤマカワ")]
    [InlineData("取材・文：山川みどり", "山川みどり")]
    [InlineData("文◎Dana Whitcomb／写真◎川辺ニュース編集部", "Dana Whitcomb")]
    public void The_writer_is_the_name_after_the_role_for_text(string byline, string writer) =>
        Assert.Equal([writer], Parse(byline).Authors);

    [Fact]
    public void A_byline_marked_as_the_posting_s_author_property_names_the_writer_too() =>
        Assert.Equal(["ヤマカワ"], Parse("文●ヤマカワ／週刊川辺編集部", "<body itemscope itemtype=\"http://schema.org/BlogPosting\">").Authors);

    [Fact]
    public void Two_writers_after_one_role_are_both_named() =>
        Assert.Equal(["山川みどり", "川村さとし"], Parse("文●山川みどり、川村さとし／週刊川辺編集部").Authors);

    [Fact]
    public void A_photographer_alone_is_no_writer() =>
        Assert.DoesNotContain("山川みどり", Parse("写真●山川みどり／週刊川辺編集部").Authors);
}
