using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadingTimeLineTests
{
    [Theory]
    [InlineData("Lesezeit: 1 Min.")]
    [InlineData("Reading time: 4 min.")]
    [InlineData("Temps de lecture : 3 min")]
    [InlineData("Tiempo de lectura: 5 minutos")]
    [InlineData("3 Minuten Lesedauer")]
    public void A_labelled_reading_time_is_furniture(string line)
    {
        Assert.True(ReadingTimeLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Lesezeit ist Lebenszeit")]
    [InlineData("The minute hand stopped at 4.")]
    [InlineData("Reading time for children doubled in 2019, the survey of 2,000 families found.")]
    public void Lines_without_the_label_a_count_and_its_minutes_stay(string line) => Assert.False(ReadingTimeLine.Is(line));
}
