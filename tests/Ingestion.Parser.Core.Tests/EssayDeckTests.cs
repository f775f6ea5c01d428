using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EssayDeckTests
{
    [Theory]
    [InlineData("On a winter spent keeping the roads open, and what it did to my sense of time", true)]
    [InlineData("How a small town learned to live with its river", true)]
    [InlineData("House passes stopgap that strips health law money, setting up Senate clash", false)]
    [InlineData("Obama says talks with Iran are worth the risk", false)]
    public void A_deck_opens_as_a_phrase_a_headline_with_its_subject(string line, bool deck) =>
        Assert.Equal(deck, EssayDeck.OpensAsPhrase(line));
}
