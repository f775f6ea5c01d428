using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VoteTallyTests
{
    [Theory]
    [InlineData("• What happened to the rate model? (4+ / 0-)", true)]
    [InlineData("+ Exactly. (12+/3-)", true)]
    [InlineData("The vote was close (4 / 3)", false)]
    [InlineData("Rates went up (see below)", false)]
    [InlineData("Same thing in our town in 2009", false)]
    public void A_title_ends_with_its_ratings_tally(string line, bool tallied) =>
        Assert.Equal(tallied, VoteTally.EndsWithTally(line));
}
