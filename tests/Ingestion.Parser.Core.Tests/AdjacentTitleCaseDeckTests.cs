using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AdjacentTitleCaseDeckTests
{
    private const string Headline = "Cruz Talks Through the Night as Shutdown Deadline Nears";
    private const string Deck = "Senator's Marathon Speech Can't Stop Vote on Spending Bill";

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_title_case_line_right_under_the_headline_is_its_deck()
    {
        var lines = Lines($"{Headline}\n{Deck}\nBy Kendra Vale and Mark Osterby\nSeptember 25, 2013\n");

        Assert.True(AdjacentTitleCaseDeck.Is(lines, lines.Count, 1, 0));
    }

    [Fact]
    public void The_byline_may_stand_under_the_date_line()
    {
        var lines = Lines($"{Headline}\n{Deck}\nUpdated Sept. 25, 2013 7:53 p.m. ET\nBy Kendra Vale and Mark Osterby\n");

        Assert.True(AdjacentTitleCaseDeck.Is(lines, lines.Count, 1, 0));
    }

    [Fact]
    public void Right_over_the_headline_and_a_bare_date_a_title_case_line_is_no_headline_over_its_deck()
    {
        // A scraper that prints no blank lines sets the station's slogan right over the headline.
        var lines = Lines($"Listen Live: Harbor News Radio Weekday Mornings\n{Headline}\nSeptember 25, 2013\n");

        Assert.False(AdjacentTitleCaseDeck.Is(lines, lines.Count, 1, 0));
    }

    [Fact]
    public void Set_apart_by_a_blank_line_the_pair_counts_over_a_byline_with_names()
    {
        var lines = Lines($"{Headline}\n\n{Deck}\n\nBy Kendra Vale and Mark Osterby\n");

        Assert.True(AdjacentTitleCaseDeck.Is(lines, lines.Count, 2, 0));
    }

    [Fact]
    public void Set_apart_by_a_blank_line_over_a_bare_date_the_pair_is_no_headline_and_deck()
    {
        var lines = Lines($"Listen Live: Harbor News Radio Weekday Mornings\n\n{Headline}\n\nSeptember 25, 2013\n");

        Assert.False(AdjacentTitleCaseDeck.Is(lines, lines.Count, 2, 0));
    }

    [Theory]
    [InlineData("The senator spoke for twenty-one hours before the vote on the spending bill.")]
    [InlineData("senator's marathon speech can't stop vote on spending bill")]
    public void A_sentence_or_a_line_in_lower_case_is_no_title_case_deck(string deck)
    {
        var lines = Lines($"{Headline}\n{deck}\nBy Kendra Vale and Mark Osterby\n");

        Assert.False(AdjacentTitleCaseDeck.Is(lines, lines.Count, 1, 0));
    }
}
