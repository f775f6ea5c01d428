using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LetterHeadingTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_heading_over_a_letter_signed_name_and_town_over_the_next_heading_opens_letters()
    {
        var lines = Lines("Roundabout is working\n\nThe new roundabout has cut my commute in half.\n\nWalter Ames, Cedar Falls\n\nDon't cut the music program\n\nMusic kept my son in school.");
        Assert.True(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }

    [Fact]
    public void A_tool_row_over_a_count_and_a_two_name_caption_over_its_credit_opens_no_letters()
    {
        var lines = Lines("Pin it\nComments (22)\n\nClaire Devereux, Jonah Price\nJared Milner/Getty Images\n\nWell, that settles it!");
        Assert.False(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }

    [Fact]
    public void A_signature_with_no_sentence_above_it_signs_no_letter()
    {
        var lines = Lines("Pin it\nComments (22)\n\nClaire Devereux, Jonah Price\n\nRed Carpet Looks\n\nWell, that settles it!");
        Assert.False(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }
}
