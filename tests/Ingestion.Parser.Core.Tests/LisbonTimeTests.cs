using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LisbonTimeTests
{
    [Theory]
    [InlineData("Publicado a 26 de Setembro de 2013, às 18:42 (hora de Lisboa)", "2013-09-26T18:42:00+01:00")]
    [InlineData("26/09/2013 18:42 (horário de Lisboa)", "2013-09-26T18:42:00+01:00")]
    [InlineData("Publicado a 15 de Janeiro de 2014, às 09:05 (hora de Lisboa)", "2014-01-15T09:05:00+00:00")]
    [InlineData("Publicado a 26 de Setembro de 2013, às 18:42 (hora de Portugal continental)", "2013-09-26T18:42:00+01:00")]
    [InlineData("15/01/2014 09:05 (hora de Portugal continental)", "2014-01-15T09:05:00+00:00")]
    [InlineData("26/09/2013 18:42 (hora de Portugal)", "2013-09-26T18:42:00+01:00")]
    public void Lisbons_clock_named_in_words_gives_western_european_time(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void The_capitals_name_without_the_clocks_word_is_no_zone() =>
        Assert.False(DateLineParser.TryParseLine("26/09/2013 Lisboa", out _));

    [Fact]
    public void The_country_without_the_clocks_word_is_no_zone() =>
        Assert.False(DateLineParser.TryParseLine("26/09/2013 18:42 Portugal continental", out _));

    [Fact]
    public void Continental_after_anything_but_the_country_is_a_word_of_no_date() =>
        Assert.False(DateLineParser.TryParseLine("26/09/2013 18:42 (hora de Lisboa) continental", out _));

    [Fact]
    public void An_hour_counted_in_an_age_stays_relative()
    {
        Assert.True(DateLineParser.TryParseLine("há 1 hora", out var time));
        Assert.True(time.Relative);
    }
}
