using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SentenceBreakInsideTests
{
    [Theory]
    [InlineData("Fares in the U.S. rose faster than in any other port")]
    [InlineData("The first boat leaves at 6 a.m. and the last one at midnight")]
    [InlineData("Crossings rose 3.5 percent in a single winter")]
    public void A_stop_inside_an_abbreviation_or_a_number_ends_no_sentence(string words) => Assert.False(SentenceBreakInside.Has(words));

    [Theory]
    [InlineData("The ferry was late. The captain blamed the fog")]
    [InlineData("Who pays for the pier? The council does")]
    [InlineData("The board called the new fares a \"fair deal.\" Riders disagreed")]
    [InlineData("The pier in the U.S. Harbour district closes early")]
    public void A_stop_before_a_capitalised_word_ends_a_sentence(string words) => Assert.True(SentenceBreakInside.Has(words));

    [Fact]
    public void A_pull_quote_holding_an_abbreviation_is_taken_out_as_any_other()
    {
        string[] story =
        [
            "The harbour board published its yearly figures on Monday, and the fares stood out at once.",
            "Ferry fares in the U.S. have risen faster than in any other country with a coastal service.",
            "Analysts were not surprised. Ferry fares in the U.S. have risen faster than in any other country with a coastal service, they said, and the trend is older than the pandemic.",
        ];
        Assert.True(UnquotedPullQuote.Is(story, 1));
    }

    [Fact]
    public void Two_sentences_lifted_together_are_still_no_pull_quote()
    {
        string[] story =
        [
            "The harbour board published its yearly figures on Monday, and the fares stood out at once.",
            "Fares rose again. The board blamed fuel.",
            "Nobody at the pier was surprised when the report came out. Fares rose again. The board blamed fuel, as it did the year before.",
        ];
        Assert.False(UnquotedPullQuote.Is(story, 1));
    }
}
