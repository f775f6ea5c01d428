using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziDateLineMarksTests
{
    [Theory]
    [InlineData("» 2021年07月09日 08時15分 公開", "2021-07-09T08:15:00")]
    [InlineData("▶2021年7月9日 8時15分 配信", "2021-07-09T08:15:00")]
    [InlineData("2021年7月9日 08:15 掲載", "2021-07-09T08:15:00")]
    [InlineData("2021年07月09日 投稿", "2021-07-09")]
    public void A_japanese_date_line_with_an_ornament_or_a_released_word_reads_its_date(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("2021年07月09日 08時15分 更新")]
    [InlineData("2021年07月09日に公開")]
    [InlineData("（2021年07月09日 08時15分 公開）")]
    public void An_update_time_a_sentence_or_a_bracketed_date_is_not_read_so(string line) =>
        Assert.Null(HanziDate.Normalised(line));

    [Fact]
    public void A_story_under_a_marked_release_line_takes_its_time()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>川辺の町に新しい渡し船 - 川辺ニュース</title></head>
            <body><div id="tmplNews">
            <div id="cmsDate"><div class="inner"><span class="arrow">»</span> <span id="update">2021年07月09日 08時15分 公開</span></div></div>
            <div id="cmsTitle"><h1>川辺の町に新しい渡し船</h1></div>
            <div id="cmsBody"><div class="inner">
            <p>　川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
            <p>　町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
            </div></div></div></body></html>
            """), "ferry.html", "text/html");
        Assert.Equal("2021-07-09T08:15:00", page.PublishedAt);
    }
}
