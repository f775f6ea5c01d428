using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceWordOfMastheadTests
{
    [Theory]
    [InlineData("VALDEORIA", "EL HERALDO DE VALDEORIA")]
    [InlineData("Lakeview", "The Lakeview Ledger")]
    public void A_whole_word_of_the_masthead_above_is_its_section(string word, string masthead) =>
        Assert.True(PlaceWordOfMasthead.Is(word, masthead));

    [Theory]
    [InlineData("VALDEORIA", null)]
    [InlineData("VALDE", "EL HERALDO DE VALDEORIA")]
    [InlineData("Meridian", "The Lakeview Ledger")]
    [InlineData("Lakeview Ledger", "The Lakeview Ledger")]
    public void Another_word_a_part_of_a_word_or_no_masthead_above_is_no_section(string word, string? masthead) =>
        Assert.False(PlaceWordOfMasthead.Is(word, masthead));
}
