using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SentenceEndingInDayTests
{
    [Theory]
    [InlineData("Shorts getting crushed today.", true)]
    [InlineData("Tickets are sold out now!", true)]
    [InlineData("Die Bahn streikt schon wieder heute.", true)]
    [InlineData("hanna.w heute", false)]
    [InlineData("Marcus Reid today", false)]
    [InlineData("Shorts getting crushed today by the rally.", false)]
    public void A_day_word_closed_by_a_full_stop_ends_a_sentence(string line, bool expected) =>
        Assert.Equal(expected, SentenceEndingInDay.Is(line));
}
