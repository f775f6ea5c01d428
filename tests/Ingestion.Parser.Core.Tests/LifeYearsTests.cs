using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LifeYearsTests
{
    [Theory]
    [InlineData("1931 - 2013", true)]
    [InlineData("1931 – 2013", true)]
    [InlineData("2012 - 2013", false)]
    [InlineData("1931-2013", false)]
    [InlineData("24 - 21", false)]
    [InlineData("0931 - 2013", false)]
    [InlineData("Born in 1931", false)]
    public void Two_years_of_a_life_across_a_spaced_dash(string line, bool expected) => Assert.Equal(expected, LifeYears.Is(line));

    [Fact]
    public void The_name_a_blank_line_over_the_years_is_the_notices_title()
    {
        var lines = new PageLines(TextLine.Split("The Millbrook Register\n\nHarold Eugene Whitacre\n\n1931 - 2013\n\nHarold Eugene Whitacre, 82, of Millbrook, died Monday."));
        Assert.Equal(2, LifeDates.NameAbove(lines, 6));
    }
}
