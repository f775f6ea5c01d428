using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A pull quote that cuts words out of the sentence it lifts, its first word capitalised, is still a pull quote (ElidedPullQuote).</summary>
public class ElidedPullQuoteTests
{
    private static readonly string[] Letter =
    [
        "I was glad you wrote to ask what running for the harbour board is like, and I will try to answer honestly.",
        "The first campaign teaches you that nobody argues with your plans. They argue with your right to make any plans at all.",
        "It is a strange thing to learn how little people trust you, and still to knock on doors every evening.",
        "After two terms I can tell you that it is a strange thing to learn how little people trust you, how quickly they forget a favour, how long they remember a slight, and still to knock on doors every evening, hoping to change one mind.",
    ];

    [Fact]
    public void A_quote_cut_from_a_longer_paragraph_is_a_pull_quote() => Assert.True(UnquotedPullQuote.Is(Letter, 2));

    [Fact]
    public void The_paragraph_it_was_cut_from_stays() => Assert.False(UnquotedPullQuote.Is(Letter, 3));

    [Theory]
    [InlineData("It is a strange thing to learn how little people trust you, and still to knock on doors every evening", true)]
    [InlineData("It is a strange thing to learn how little people trust you, and still to knock", true)]
    // Reworded, not cut: the quote's words are not the paragraph's.
    [InlineData("It is a strange thing to learn how little voters trust you, and still to knock on doors every evening", false)]
    // Words in another order.
    [InlineData("Still to knock on doors every evening, it is a strange thing to learn how little people trust you", false)]
    // Two words left over after the first run are too few to tell.
    [InlineData("It is a strange thing to learn how little people trust you, hoping so", false)]
    // Cut in two places, and in three.
    [InlineData("It is a strange thing to learn how little people trust you how long they remember and still to knock on doors", true)]
    [InlineData("It is a strange thing to learn how little people trust you how quickly they forget how long they remember and still to knock", false)]
    public void The_quotes_words_stand_in_order_in_two_or_three_runs(string quote, bool expected) =>
        Assert.Equal(expected, ElidedPullQuote.IsCutFrom(Letter[3], quote));
}
