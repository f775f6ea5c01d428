using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RewordedHeadlineBesideSiteTests
{
    private static ParsedPage Parse(string documentTitle) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>{documentTitle}</title>
        <meta property="og:title" content="川辺の町の渡し船は通学にも使える！ 運賃も安く便利"></head>
        <body><div class="entry"><h1 class="entry-title">川辺の町の渡し船は通学にも使える！ 運賃も安く便利</h1>
        <div id="realEntryBody">
        <p>川辺の町で来月から新しい渡し船が一日十二便、対岸の桟橋との間を行き来することになりました。</p>
        <p>町長は火曜日の会議で、運賃はバスと同じで、学生は無料で乗れると話しました。</p>
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void The_part_beside_a_reworded_headline_is_the_site() =>
        Assert.Equal("川辺ニュース［日本版］", Parse("川辺の町の渡し船は通学にも使える！ 学生は無料で乗船 | 川辺ニュース［日本版］").Site);

    [Theory]
    [InlineData("Riverside ferry timetable for July | 川辺ニュース")]
    [InlineData("川辺の町の渡し船は通学にも使える！ 学生は無料で乗船 | 川辺の町の渡し船は通学にも使える")]
    public void A_title_of_other_words_or_two_reworded_parts_gives_no_site(string documentTitle) =>
        Assert.Null(RewordedHeadlineBesideSite.Site(documentTitle, "川辺の町の渡し船は通学にも使える！ 運賃も安く便利"));
}
