using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziDateTests
{
    [Theory]
    [InlineData("2015年11月23日06:48", "2015-11-23T06:48:00")]
    [InlineData("2017年03月03日 08:19", "2017-03-03T08:19:00")]
    [InlineData("2017年3月3日", "2017-03-03")]
    public void A_chinese_date_line_reads_as_its_day_and_clock(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("2017年3月")]
    [InlineData("1975年")]
    [InlineData("2017年13月3日")]
    [InlineData("河边小镇2017年3月3日开通新渡轮")]
    public void A_year_or_month_alone_or_a_sentence_holding_a_date_is_no_date_line(string line) =>
        Assert.Null(HanziDate.Normalised(line));
}
