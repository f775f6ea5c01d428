using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AgostoAbbreviationTests
{
    [Theory]
    [InlineData("24 Ago, 2025 06:28 p. m.", "2025-08-24T18:28:00")]
    [InlineData("3 ago. 2025", "2025-08-03")]
    [InlineData("Publicado em 17 ago 2025 14:05", "2025-08-17T14:05:00")]
    public void After_a_day_the_word_is_august(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("3 days ago")]
    [InlineData("2 hours ago")]
    [InlineData("hace 3 días")]
    public void An_age_keeps_its_ago(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Null(time.Date);
    }

    [Fact]
    public void Without_a_day_before_it_the_word_is_no_month()
    {
        Assert.False(AgostoAbbreviation.IsMonth("ago", afterDayNumber: false, unitRead: false, monthRead: false));
        Assert.False(AgostoAbbreviation.IsMonth("Ago", afterDayNumber: true, unitRead: true, monthRead: false));
        Assert.True(AgostoAbbreviation.IsMonth("Ago", afterDayNumber: true, unitRead: false, monthRead: false));
    }
}
