using System.Text;
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

    [Theory]
    [InlineData("[crop?thumbnail=45%2C45&amp;quality=80]\n")]
    [InlineData("[avatar]\n")]
    [InlineData("")]
    public void The_writers_portrait_between_the_deck_and_a_name_with_its_handle_leaves_the_headline_the_title(string portrait)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Tablet review: A slate that finally keeps up with laptops

            But only heavy note-takers will need it.

            {portrait}Marisol Quennell, @mquennell
            14.02.19 in Gadgetry

            The new tablet is the fastest one the company has made. It runs three apps side by side and lasts a full day on one charge, which no earlier model did.

            It costs more than last year's model, and the keyboard is still sold apart.
            """), "tablet.txt");

        Assert.Equal("Tablet review: A slate that finally keeps up with laptops", page.Title);
        Assert.Equal(["Marisol Quennell"], page.Authors);
        Assert.StartsWith("The new tablet is the fastest", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
