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
    [InlineData(2008, 1, 20, true)]
    [InlineData(1998, 12, 1, false)]
    public void Summer_time_runs_mostly_from_the_third_sunday_of_october_to_the_third_of_february(int year, int month, int day, bool summer) =>
        Assert.Equal(summer, BrasiliaTime.IsSummerTime(new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData(2012, 2, 25, true)]
    [InlineData(2012, 2, 26, false)]
    [InlineData(2015, 2, 21, true)]
    [InlineData(2015, 2, 22, false)]
    public void In_carnival_years_summer_time_ended_a_week_later(int year, int month, int day, bool summer) =>
        Assert.Equal(summer, BrasiliaTime.IsSummerTime(new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData(2018, 10, 28, false)]
    [InlineData(2018, 11, 4, true)]
    [InlineData(2006, 10, 29, false)]
    [InlineData(2006, 11, 5, true)]
    public void In_some_years_summer_time_began_in_november(int year, int month, int day, bool summer) =>
        Assert.Equal(summer, BrasiliaTime.IsSummerTime(new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void A_carnival_years_late_february_clock_reads_two_hours_behind_utc()
    {
        Assert.True(DateLineParser.TryParseLine("Publicado em 24/02/2012 às 10h15 (hora de Brasília)", out var time));
        Assert.Equal("2012-02-24T10:15:00-02:00", time.ToIso());
    }
}
