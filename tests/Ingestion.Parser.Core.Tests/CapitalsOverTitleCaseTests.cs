using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsOverTitleCaseTests
{
    [Theory]
    [InlineData("THE BRIEFING WITH DANA HOLLIS", "Obama Challenges U.N. on Syria; Kerry and Lavrov Near Deal on Resolution")]
    [InlineData("WORLD NEWS TONIGHT", "Storm Leaves Thousands Without Power in the Carolinas")]
    public void Capitals_over_a_title_case_line_are_its_programme(string upper, string lower) =>
        Assert.True(CapitalsOverTitleCase.Is(upper, lower));

    [Theory]
    [InlineData("COUNCIL DELAYS REZONING VOTE", "Residents packed City Hall for four hours, and the vote is now set for Feb. 24.")]
    [InlineData("COUNCIL DELAYS REZONING VOTE", "Residents packed city hall for four hours as the vote slipped")]
    [InlineData("Council Delays Rezoning Vote", "Residents Packed City Hall for Four Hours as the Vote Slipped")]
    public void A_capitals_headline_over_a_sentence_case_deck_or_a_headline_not_in_capitals_is_no_programme(string upper, string lower) =>
        Assert.False(CapitalsOverTitleCase.Is(upper, lower));
}
