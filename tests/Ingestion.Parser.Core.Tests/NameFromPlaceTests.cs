using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class NameFromPlaceTests
{
    [Theory]
    [InlineData("Gudrun Pichlmayr aus New York", "Gudrun Pichlmayr")]
    [InlineData("Markus Feldhofer aus Brüssel", "Markus Feldhofer")]
    [InlineData("Flüchtlinge aus Syrien warten auf Hilfe", "Flüchtlinge aus Syrien warten auf Hilfe")]
    [InlineData("Neue Zahlen aus dem Ministerium", "Neue Zahlen aus dem Ministerium")]
    [InlineData("Gudrun Pichlmayr", "Gudrun Pichlmayr")]
    [InlineData("Julian Marchbank in New York", "Julian Marchbank")]
    [InlineData("Protesters gather in the square", "Protesters gather in the square")]
    public void A_place_after_aus_or_in_is_no_part_of_the_name(string line, string name) => Assert.Equal(name, NameFromPlace.WithoutPlace(line));
}
