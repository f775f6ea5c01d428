using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceBeatOpeningTests
{
    [Theory]
    [InlineData("Denise Marlow China Correspondent, in Seoul", "Denise Marlow")]
    [InlineData("Ruairí Kent Europe Editor, in Brussels", "Ruairí Kent")]
    [InlineData("Tomás Brady Middle East Correspondent, in Amman", "Tomás Brady")]
    public void A_place_that_names_the_beat_is_no_third_name(string line, string name)
    {
        Assert.Equal(name, BylineParser.TryReadNameBeforeRole(line));
    }

    [Theory]
    [InlineData("Mary Ann Ruiz Correspondent, in Lima", "Mary Ann Ruiz")]
    [InlineData("Kendra Lee Washington Correspondent, in Denver", "Kendra Lee Washington")]
    public void A_third_name_that_is_no_listed_place_stays(string line, string name)
    {
        Assert.Equal(name, BylineParser.TryReadNameBeforeRole(line));
    }

    [Fact]
    public void A_place_word_alone_opens_a_beat_and_a_surname_does_not()
    {
        Assert.True(PlaceBeatOpening.Opens("China"));
        Assert.False(PlaceBeatOpening.Opens("Staunton"));
    }
}
