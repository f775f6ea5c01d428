using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClapsCountTests
{
    [Theory]
    [InlineData("412 claps")]
    [InlineData("1.2K claps")]
    [InlineData("1 clap")]
    [InlineData("412 CLAPS")]
    public void A_number_of_claps_alone_is_the_count(string line) => Assert.True(ClapsCount.Is(line));

    [Theory]
    [InlineData("The audience gave 412 claps.")]
    [InlineData("412 people came")]
    [InlineData("Claps")]
    [InlineData("12 claps of thunder")]
    public void A_sentence_or_another_count_is_none(string line) => Assert.False(ClapsCount.Is(line));
}
