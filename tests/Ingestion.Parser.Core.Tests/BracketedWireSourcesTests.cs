using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedWireSourcesTests
{
    [Theory]
    [InlineData("(RADIO MERIDIAN with AFP, REUTERS)")]
    [InlineData("(Le Courrier du Val avec AFP)")]
    [InlineData("(with AP and Reuters)")]
    [InlineData("(AFP, Reuters)")]
    [InlineData("(Nordkurier mit dpa)")]
    public void The_agencies_credited_in_brackets_under_the_text_are_a_credit(string line) =>
        Assert.True(BracketedWireSources.Is(line));

    [Theory]
    [InlineData("(with help from the county)")]
    [InlineData("(The council met with AFP reporters on Tuesday.)")]
    [InlineData("(Photo: AFP)")]
    [InlineData("The ministry said it had spoken with AFP and Reuters on Monday.")]
    public void A_bracket_naming_other_things_stays_text(string line) =>
        Assert.False(BracketedWireSources.Is(line));
}
