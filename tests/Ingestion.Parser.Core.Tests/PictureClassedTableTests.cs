using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureClassedTableTests
{
    private static ParsedPage Parse(string tableClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 週刊川辺</title></head>
        <body><div id="main"><h1>川辺の町に新しい渡し船</h1>
        <div class="article">
        <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <table class="{tableClass}" width="480" cellspacing="0" border="0"><tbody><tr><th><img src="/img/ferry_480x.jpg" alt="11" width="480"></th></tr><tr><td>桟橋に着いた新しい渡し船</td></tr></tbody></table>
        <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        <table class="{tableClass}" width="480" cellspacing="0" border="0"><tbody><tr><th><img src="/img/deck_480x.jpg" alt="11" width="480"></th></tr><tr><td>甲板には二十人が座れる</td></tr></tbody></table>
        <p>　対岸の商店街は、週末の客が増えることを期待していると話しています。</p>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("img")]
    [InlineData("photo wide")]
    public void The_row_under_the_picture_of_a_picture_classed_table_is_its_caption(string tableClass)
    {
        var page = Parse(tableClass);
        Assert.Equal(["桟橋に着いた新しい渡し船", "甲板には二十人が座れる"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain("桟橋に着いた新しい渡し船", page.BodyParagraphs);
    }

    [Fact]
    public void A_table_named_otherwise_is_not_read_as_a_picture_table() =>
        Assert.DoesNotContain("桟橋に着いた新しい渡し船", Parse("layout").Captions);
}
