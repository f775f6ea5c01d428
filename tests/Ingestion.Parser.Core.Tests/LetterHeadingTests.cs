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

    [Fact]
    public void A_letter_signed_with_the_name_over_the_town_opens_letters()
    {
        var lines = Lines("Keep the library open on Sundays\n\nSunday is the only day we can go.\n\nDolores Whitcombe\nHalvorsen\n\nThe roundabout is working\n\nI owe the engineer an apology.");
        Assert.True(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }

    [Fact]
    public void A_name_with_a_blank_line_before_the_next_line_is_no_two_line_signature()
    {
        var lines = Lines("Keep the library open on Sundays\n\nSunday is the only day we can go.\n\nDolores Whitcombe\n\nHalvorsen\n\nThe roundabout is working\n\nI owe the engineer an apology.");
        Assert.False(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }

    [Fact]
    public void A_sentence_over_a_short_line_is_no_two_line_signature()
    {
        var lines = Lines("Keep the library open on Sundays\n\nSunday is the only day we can go.\nThank You\n\nThe roundabout is working\n\nI owe the engineer an apology.");
        Assert.False(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }

    [Fact]
    public void A_list_of_capitalised_topics_under_the_text_signs_no_letter()
    {
        var lines = Lines("Enviar a Google + 2\nComentarios 9\n\nEl secretario de Estado volvió a reunirse.\n\nArchivado en:\nGuerra Siria\nConsejo Seguridad ONU\nJohn Kerry\nSerguéi Lavrov");
        Assert.False(LetterHeading.OpensLetters(lines, 0, lines.Count));
    }
}
