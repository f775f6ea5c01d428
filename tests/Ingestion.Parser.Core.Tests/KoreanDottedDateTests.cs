using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KoreanDottedDateTests
{
    [Theory]
    [InlineData("2021. 7. 9. 08:15", "2021-07-09T08:15:00")]
    [InlineData("2021. 07. 09.", "2021-07-09")]
    [InlineData("2021. 11. 23. 17:05:30", "2021-11-23T17:05:30")]
    [InlineData("2021. 7. 9. 오후 3:07", "2021-07-09T15:07:00")]
    [InlineData("2021. 7. 9. 오전 12:40", "2021-07-09T00:40:00")]
    public void A_korean_dotted_date_reads_year_month_day(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("9. 7. 2021")]
    [InlineData("2021. 13. 9.")]
    [InlineData("2021. 페리 운항 시작")]
    [InlineData("2021.07.09")]
    public void A_day_first_date_a_bad_month_or_a_sentence_is_not_read_so(string line) =>
        Assert.Null(KoreanDottedDate.Normalised(line));

    [Fact]
    public void A_blog_post_under_a_korean_date_takes_its_day_and_month_in_that_order()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>강변 마을의 새 여객선 : 블로그</title></head>
            <body><div class="post">
            <h3 class="title">강변 마을의 새 여객선</h3>
            <div class="author">강변지기</div>
            <p class="date">2021. 7. 9. 08:15</p>
            <div class="content">
            <p>강변 마을에 새 여객선이 다음 달부터 하루 열두 번 건너편 부두를 오가게 됩니다. 주민과 학생 모두 탈 수 있습니다.</p>
            <p>마을 이장은 화요일 회의에서 요금이 버스와 같고 학생은 무료로 탈 수 있다고 말했습니다.</p>
            </div></div></body></html>
            """), "ferry.html", "text/html");
        Assert.Equal("2021-07-09T08:15:00", page.PublishedAt);
    }
}
