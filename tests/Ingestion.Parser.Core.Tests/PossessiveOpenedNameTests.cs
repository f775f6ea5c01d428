using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PossessiveOpenedNameTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void An_account_boxs_heading_over_its_button_is_no_author_card()
    {
        var lines = Lines("YOUR ACCOUNT", "Join Now!", "Renew", "Privacy Policy");
        Assert.Equal(-1, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }

    [Theory]
    [InlineData("YOUR ACCOUNT")]
    [InlineData("My Profile")]
    [InlineData("Our Stores")]
    public void A_heading_opening_with_a_possessive_names_no_person(string heading) =>
        Assert.True(PossessiveOpenedName.Is(heading));

    [Theory]
    [InlineData("Myra Cole")]
    [InlineData("Ourania Lambrou")]
    [InlineData("Yourcenar Dumas")]
    public void A_name_whose_first_word_begins_with_a_possessives_letters_is_a_name(string name) =>
        Assert.False(PossessiveOpenedName.Is(name));

    [Fact]
    public void A_writers_card_under_the_text_still_names_the_writer()
    {
        var lines = Lines("Ines Carvalho", string.Empty, "Rides the 14 most days. Former planning commissioner.", string.Empty, "Share this post");
        Assert.Equal(2, AuthorCardUnderText.BiographyLine(lines, 0, lines.Count));
    }
}
