using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SentenceEndingInOrdinalDayTests
{
    [Theory]
    [InlineData("Tell me that again on October 18th.", true)]
    [InlineData("See you all on the 1st!", true)]
    [InlineData("Ray Dunne on October 18th", false)]
    [InlineData("Ray Dunne on October 18th, 2013", false)]
    [InlineData("They voted on the 18th amendment.", false)]
    [InlineData("Rank: 12th", false)]
    [InlineData("The board met in a closed session on Tuesday night.", false)]
    public void An_ordinal_day_closed_by_a_full_stop_ends_a_sentence(string line, bool expected) =>
        Assert.Equal(expected, SentenceEndingInOrdinalDay.Is(line));
}
