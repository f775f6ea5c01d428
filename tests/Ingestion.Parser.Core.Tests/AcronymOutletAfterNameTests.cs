using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AcronymOutletAfterNameTests
{
    [Theory]
    [InlineData("Alistair Penrose BBN News", "Alistair Penrose")]
    [InlineData("Dana Whitcomb KTVX Radio", "Dana Whitcomb")]
    [InlineData("Mary Ann O'Neil WKRN News Channel", "Mary Ann O'Neil")]
    public void An_acronym_and_a_word_after_a_mixed_case_name_are_the_outlet(string piece, string name) =>
        Assert.Equal(name, AcronymOutletAfterName.Trim(piece));

    [Theory]
    // A surname in capitals stands last.
    [InlineData("Jean Pierre DUPONT")]
    [InlineData("Anne LE GALL")]
    // One name word before the acronym is no name.
    [InlineData("Alistair BBN News")]
    // Capitals names throughout, and a plain name.
    [InlineData("PETER SOKOLOV")]
    [InlineData("Alistair Penrose")]
    // More than two words after the acronym read as no network's name.
    [InlineData("Alistair Penrose BBN World Service Radio")]
    public void Other_names_stay_whole(string piece) =>
        Assert.Equal(piece, AcronymOutletAfterName.Trim(piece));

    [Fact]
    public void A_by_line_with_the_network_and_the_place_names_the_writer() =>
        Assert.Equal(["Alistair Penrose"], BylineParser.TryRead("By Alistair Penrose BBN News, Beirut"));
}
