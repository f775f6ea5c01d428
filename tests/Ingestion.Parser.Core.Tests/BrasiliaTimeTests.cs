using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BrasiliaTimeTests
{
    [Theory]
    [InlineData("Publicado em 26/09/2013 às 17h35 (hora de Brasília)", "2013-09-26T17:35:00-03:00")]
    [InlineData("26/09/2013 17h35 (horário de Brasília)", "2013-09-26T17:35:00-03:00")]
    [InlineData("Atualizado em 15/01/2014 às 9h05 (horário de Brasília)", "2014-01-15T09:05:00-02:00")]
    [InlineData("Atualizado em 15/01/2020 às 9h05 (hora de Brasilia)", "2020-01-15T09:05:00-03:00")]
    public void The_capitals_clock_named_in_words_gives_its_offset(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("há 1 hora")]
    [InlineData("hace 1 hora")]
    public void An_hour_counted_in_an_age_stays_relative(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.True(time.Relative);
    }

    [Theory]
    [InlineData("26/09/2013 Brasília")]
    [InlineData("Brasília, 26 de setembro de 2013 - a reunião começa às 17h35")]
    public void The_capitals_name_without_the_clocks_word_is_no_zone(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));

    [Theory]
    [InlineData(2013, 10, 19, false)]
    [InlineData(2013, 10, 20, true)]
    [InlineData(2014, 2, 15, true)]
    [InlineData(2014, 2, 16, false)]
    [InlineData(2019, 11, 10, false)]
    [InlineData(2007, 12, 1, false)]
    public void Summer_time_runs_from_the_third_sunday_of_october_to_the_third_of_february_2008_to_2018(int year, int month, int day, bool summer) =>
        Assert.Equal(summer, BrasiliaTime.IsSummerTime(new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Unspecified)));
}
