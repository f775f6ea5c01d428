using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedBylineTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 川辺ニュース</title></head>
        <body><div id="tmplNews"><div id="cmsTitle"><h1>川辺の町に新しい渡し船</h1></div>
        <div id="cmsByline"><div class="inner" id="byline">{byline}</div></div>
        <div id="cmsBody"><div class="inner">
        <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        </div></div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("<b>[</b>山川みどり，<b>川辺ニュース]</b>", "山川みどり")]
    [InlineData("[Dana Whitcomb, Harbour News]", "Dana Whitcomb")]
    public void A_bracketed_byline_names_the_writer_before_the_outlet(string byline, string writer) =>
        Assert.Equal([writer], Parse(byline).Authors);

    [Theory]
    [InlineData("[川辺の町，桟橋，対岸]")]
    [InlineData("[速報]")]
    public void Brackets_around_other_words_name_no_writer(string byline) =>
        Assert.Empty(Parse(byline).Authors);
}
