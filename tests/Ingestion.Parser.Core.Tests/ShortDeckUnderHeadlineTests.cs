using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortDeckUnderHeadlineTests
{
    [Theory]
    [InlineData("Gulls 27, Hammers 24: Five things we learned", "A sloppy win is still a win.", true)]
    [InlineData("Council approves new stormwater fee for homeowners", "The vote was close.", true)]
    [InlineData("Sports", "A sloppy win is still a win.", false)]
    [InlineData("Politics, policy and the people in charge, from the Ledger's Washington bureau", "Five things to watch as Obama and Rouhani circle each other at the U.N.", false)]
    [InlineData("Politics, policy and the people in charge, from the Ledger's Washington bureau", "The talks moved to the U.N.", false)]
    [InlineData("The council met on Tuesday.", "A sloppy win is still a win.", false)]
    [InlineData("Gulls 27, Hammers 24: Five things we learned", "More to come...", false)]
    [InlineData("Gulls 27, Hammers 24: Five things we learned", "Gull Watch Nation", false)]
    public void A_short_sentence_under_a_long_headline_is_its_deck(string headline, string deck, bool isDeck) =>
        Assert.Equal(isDeck, ShortDeckUnderHeadline.Is(headline, deck));
}
