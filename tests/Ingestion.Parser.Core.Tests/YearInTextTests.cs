using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The one answer to "does this text carry a year?" that the yearless-day and day-name rules share.</summary>
public class YearInTextTests
{
    [Theory]
    [InlineData("2013")]
    [InlineData("18.03.2015")]
    [InlineData("Posted (2015) by the desk")]
    [InlineData("September 24, 2013 at 3:05 pm")]
    [InlineData("1900")]
    [InlineData("2100")]
    [InlineData("Room 12, 1999")]
    public void Four_digits_from_1900_to_2100_standing_alone_are_a_year(string text) => Assert.True(YearInText.In(text));

    [Theory]
    [InlineData("0800")]
    [InlineData("12345")]
    [InlineData("2150")]
    [InlineData("1899")]
    [InlineData("Sept. 24 at 3:05 pm")]
    [InlineData("")]
    [InlineData("201")]
    public void Other_digit_runs_are_none(string text) => Assert.False(YearInText.In(text));
}
