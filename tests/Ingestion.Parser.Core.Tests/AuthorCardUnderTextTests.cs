using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorCardUnderTextTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void A_bare_name_over_a_short_biography_closing_the_text_is_an_author_card()
    {
        var lines = Lines("Ines Carvalho", string.Empty, "Rides the 14 most days. Former planning commissioner.", string.Empty, "Share this post");
        Assert.Equal(2, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Fact]
    public void A_name_over_a_paragraph_that_more_text_follows_is_no_card()
    {
        var lines = Lines("Dana Whitcomb", "The vote is set for May.", "The council meets again on Tuesday.");
        Assert.Equal(-1, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Fact]
    public void A_slides_player_with_position_and_team_is_no_card()
    {
        var lines = Lines("Marcus Pell, TE, Wolves", "Pell scored the winning touchdown and has been targeted 13 times.", string.Empty, "4 of 6");
        Assert.Equal(-1, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Fact]
    public void A_letters_signature_over_its_town_is_no_card()
    {
        var lines = Lines("Gerald Pruitt", "Westbury");
        Assert.Equal(-1, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Fact]
    public void A_last_step_under_a_two_word_heading_that_addresses_the_reader_is_no_card()
    {
        var lines = Lines("Finished Planter", string.Empty, "Set alone or in a row, these pots let you bring a little green to your sill.", string.Empty, "Share this post");
        Assert.Equal(-1, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Fact]
    public void A_card_that_tells_the_reader_how_to_reach_the_writer_is_still_a_card()
    {
        var lines = Lines("Ines Carvalho", string.Empty, "You can reach her at the desk. She rides the 14 most days.", string.Empty, "Share this post");
        Assert.Equal(2, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }
}
