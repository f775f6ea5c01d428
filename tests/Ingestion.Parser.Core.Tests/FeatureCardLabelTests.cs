using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FeatureCardLabelTests
{
    private const string FerryCards = """
        Harbour Ferry Company

        Scroll Down

        ABOUT THE COMPANY

        Reliable Crossings

        We sail every hour and never miss a tide.

        Friendly Crews

        We pride ourselves in being able to greet each of our passengers. It's important to us!

        No Hidden Fees

        You won't pay any surcharge unless the crossing is booked at the quay.
        """;

    [Fact]
    public void A_label_between_two_feature_cards_is_a_cards_label()
    {
        var lines = new PageLines(TextLine.Split(FerryCards));

        Assert.True(FeatureCardLabel.Is(lines, 10, lines.Count));
    }

    [Fact]
    public void The_first_and_last_cards_labels_have_no_card_on_one_side()
    {
        var lines = new PageLines(TextLine.Split(FerryCards));

        Assert.False(FeatureCardLabel.Is(lines, 6, lines.Count));
        Assert.False(FeatureCardLabel.Is(lines, 14, lines.Count));
    }

    [Fact]
    public void A_landing_pages_feature_cards_name_no_writer()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryCards), "page.txt");

        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_landing_pages_row_of_feature_cards_over_its_text_names_no_writer()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Island Ferries | Harbour Ferry Company</title><meta property="og:site_name" content="Harbour Ferry Company"></head><body>
            <header><a href="/">Harbour Ferry Company</a><p>Sailing the sound since 1990</p></header>
            <section class="points"><p class="point-header">Reliable Crossings</p><p class="point-text">We sail every hour and never miss a tide.</p>
            <p class="point-header">Friendly Crews</p><p class="point-text">We pride ourselves in being able to greet each of our passengers. It's important to us!</p>
            <p class="point-header">No Hidden Fees</p><p class="point-text">You won't pay any surcharge unless the crossing is booked at the quay.</p></section>
            <section class="content"><h1>ISLAND FERRIES <span>HARBOUR FERRY COMPANY</span></h1>
            <p>Since 1990 our boats have carried islanders, their cars and their post across the sound in every season, and the timetable has grown with the islands.</p>
            <p>Every crossing takes forty minutes, and the first boat leaves the quay at six in the morning on weekdays and at eight on Sundays and holidays.</p></section>
            </body></html>
            """), "page.html");

        Assert.Empty(article.Authors);
        Assert.Equal(2, article.BodyParagraphs.Count);
    }

    [Fact]
    public void A_byline_under_a_kicker_and_a_headline_ending_in_a_full_stop_is_still_the_writer()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour

            Ferry fares rise again.

            Marta Lindqvist

            The island ferry's fares rise by a tenth from Monday, the third rise in two years.

            What Changes

            Day returns cost more and season tickets stay as they are.
            """), "page.txt");

        Assert.Equal(["Marta Lindqvist"], article.Authors);
    }

    [Fact]
    public void A_byline_over_a_long_first_paragraph_is_still_the_writer()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour News

            Ferry fares rise again.

            Marta Lindqvist

            The island ferry's fares rise by a tenth from Monday, the third rise in two years, the operator said on Friday after a meeting with the harbour board and the councillors of both islands.

            What Changes

            Day returns cost more and season tickets stay as they are.
            """), "page.txt");

        Assert.Equal(["Marta Lindqvist"], article.Authors);
    }
}
