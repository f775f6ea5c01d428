using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A byline box printed without "By" right under the deck (the bare name over the date line, the name and the job title on
/// one line) marks the line over it as the deck of the headline above, as a labelled date line does.
/// </summary>
public class UnmarkedBylineBoxDeckTests
{
    private const string Headline = "Ekurhuleni taps to stay dry for another week";
    private const string Deck = "Second crack found in burst Rand Water main as residents block R51";

    private const string Text = "Residents of Ekurhuleni's eastern townships face another week of water cuts after a burst main was found to be more badly damaged than first thought.\n\n"
        + "Taps in parts of Daveyton, Etwatwa and Wattville have been dry or running at a trickle since last Saturday, when the pipe split.\n";

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "snapshot.txt");

    [Fact]
    public void Over_a_bare_name_over_the_date_the_longer_line_is_the_deck()
    {
        var parsed = Parse($"The Highveld Times\n\nNews / Gauteng\n\n{Headline}\n\n{Deck}\n\nLerato Khumalo\n27 Sep 2013 10:41 SAST\n\n{Text}");

        Assert.Equal(Headline, parsed.Title);
        Assert.Equal(["Lerato Khumalo"], parsed.Authors);
        Assert.DoesNotContain(Deck, parsed.BodyParagraphs);
    }

    [Fact]
    public void A_short_kicker_over_the_headline_stays_no_headline_over_a_deck()
    {
        // "Water crisis" has fewer than six words: the line under it is the headline, whatever the byline box under that.
        var parsed = Parse($"The Highveld Times\n\nWater crisis\n\n{Deck}\n\nLerato Khumalo\n27 Sep 2013 10:41 SAST\n\n{Text}");

        Assert.Equal(Deck, parsed.Title);
    }

    [Fact]
    public void Two_bare_names_over_the_date_mark_the_deck_too()
    {
        var parsed = Parse($"The Highveld Times\n\nNews / Gauteng\n\n{Headline}\n\n{Deck}\n\nLerato Khumalo and Sipho Ndlovu\n27 Sep 2013 10:41 SAST\n\n{Text}");

        Assert.Equal(Headline, parsed.Title);
        Assert.Equal(["Lerato Khumalo", "Sipho Ndlovu"], parsed.Authors);
    }
}
