using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuebecZoneAbbreviationsTests
{
    [Theory]
    [InlineData("Mise à jour le jeudi 26 septembre 2013 à 17 h 42 HAE", "2013-09-26T17:42:00-04:00")]
    [InlineData("Publié le 12 décembre 2013 à 9 h 05 HNE", "2013-12-12T09:05:00-05:00")]
    [InlineData("Publiée le 26 septembre 2013 à 17h42 HAP", "2013-09-26T17:42:00-07:00")]
    [InlineData("26 septembre 2013 à 17 h 42 HAT", "2013-09-26T17:42:00-02:30")]
    public void Canadas_french_zone_names_give_their_offsets(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("HAE")]
    [InlineData("Le HAE 2013")]
    public void The_abbreviation_without_a_clock_is_no_date(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));
}
