using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AltCaptionCreditTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Picture =
        "Pet carrier\n\nA passenger carries a small dog through security at a Midwest airport.\n\nHamid Sorensen, NationWide Today\n\n\"Pets take up space,\" she said.";

    [Theory]
    [InlineData(0, "Alt")]
    [InlineData(2, "Caption")]
    [InlineData(4, "Credit")]
    [InlineData(6, "None")]
    public void A_pictures_alt_text_caption_and_bare_credit_are_told_in_a_row(int index, string part) =>
        Assert.Equal(part, AltCaptionCredit.Of(Lines(Picture), index, 7).ToString());

    [Fact]
    public void A_letter_signed_name_and_town_is_no_picture()
    {
        var letter = Lines("Dog park is a good use of land\n\nSome letter writers have complained that the park is a waste of money. I disagree. It is full every evening.\n\nAlicia Romero, Valley City");
        Assert.Equal("None", AltCaptionCredit.Of(letter, 0, 5).ToString());
        Assert.Equal("None", AltCaptionCredit.Of(letter, 4, 5).ToString());
    }

    [Fact]
    public void A_crosshead_over_a_paragraph_of_several_sentences_is_no_alt_text() =>
        Assert.Equal("None", AltCaptionCredit.Of(Lines("Costs rise\n\nThe council voted. The mayor objected.\n\nDana Ortiz, Ward 3"), 0, 5).ToString());
}
