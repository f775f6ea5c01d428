using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A deck that quotes one sentence whole, under the headline and over the byline, leaves the headline the title (QuotedSentenceDeck).</summary>
public class QuotedSentenceDeckTests
{
    private const string Text =
        "A corner shop in Hartley Cross has been broken into twice in five days, with thieves taking more than 3,000 pounds worth of cigarettes.\n\n"
        + "Raj Bhatti, who has run Bhatti's Stores in Market Street for 17 years, said the raiders smashed the glass in the back door.\n";

    [Fact]
    public void A_quoted_sentence_between_the_headline_and_the_byline_is_the_deck()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "Corner shop raided twice in a week as thieves target cigarettes\n\n"
            + "“We just want to feel safe in our own shop.”\n\n"
            + "By Ed Carrow on September 26, 2013 07:02 am\n\n"
            + Text), "shop.txt");

        Assert.Equal("Corner shop raided twice in a week as thieves target cigarettes", page.Title);
        Assert.StartsWith("A corner shop", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We just want to feel safe in our own shop.\"", true)]
    [InlineData("“Is anyone going to fix the pier?”", true)]
    [InlineData("Split After Four Years: \"We Remain Close Friends\"", false)]
    [InlineData("\"We Remain Close Friends\"", false)]
    [InlineData("\"Stop.\"", false)]
    [InlineData("\"The pier is closed,\" the trustees said. \"It stays closed.\"", false)]
    public void Only_one_whole_sentence_in_quotation_marks_is_such_a_deck(string line, bool expected) =>
        Assert.Equal(expected, QuotedSentenceDeck.Is(line));
}
