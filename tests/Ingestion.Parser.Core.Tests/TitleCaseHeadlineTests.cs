using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleCaseHeadlineTests
{
    [Theory]
    [InlineData("Tessaline Foods to Open Distribution Center in Kenmore County, Adding 220 Jobs", "Company to invest $48 million in new facility near Interstate 65", true)]
    [InlineData("Senate Passes Stopgap Bill as Shutdown Deadline Nears", "House leaders say they will not take up the measure before Monday.", true)]
    [InlineData("News Politics Business Sports Opinion Arts", "Metro council backs fare-free buses on three crosstown routes", false)] // a menu of sections
    [InlineData("Politics", "Metro council backs fare-free buses on three crosstown routes", false)] // a kicker
    [InlineData("Metro council backs fare-free buses on three routes", "Riders say the change will save them about $40 a month", false)] // both in sentence case
    [InlineData("Senate Passes Stopgap Bill as Shutdown Deadline Nears", "House Leaders Say They Will Not Take Up the Measure", false)] // both in title case
    public void A_title_case_headline_over_a_sentence_case_deck_is_told_apart(string headline, string deck, bool over) =>
        Assert.Equal(over, TitleCaseHeadline.IsOverDeck(headline, deck));
}
