using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Austria's "Jän." for Jänner (January), as its papers abbreviate the month in comment and story dates (round r-dump2013bh).</summary>
public class AustrianJaenAbbreviationTests
{
    [Theory]
    [InlineData("27. Jän. 2014 07:40", "2014-01-27T07:40:00")]
    [InlineData("27. Jän 2014, 07:40", "2014-01-27T07:40:00")]
    [InlineData("27. Jän. 2014, 07:40 Uhr", "2014-01-27T07:40:00")]
    [InlineData("Montag, 27. Jänner 2014, 07:40 Uhr", "2014-01-27T07:40:00")]
    [InlineData("27. Jänner 2014, 07:40", "2014-01-27T07:40:00")]
    [InlineData("27. Jän. 2014", "2014-01-27")]
    public void Jaen_is_january(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("Jän Novak hat 2014 gewonnen")]
    [InlineData("Jänner war der kälteste Monat.")]
    public void A_line_that_only_names_the_month_is_no_date(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out _));
}
