using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LettersPolicyBoxTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Submit your letter to the editor via this form. Read more Letters to the Editor.")]
    [InlineData("Send us your letters at letters@harborweekly.example: no more than 200 words, with your name and town.")]
    [InlineData("To submit a letter to the editor, use our online form.")]
    public void A_line_asking_for_letters_is_furniture(string line)
    {
        var lines = Lines(line + "\n\nBridge tolls keep climbing\n\nEvery year the toll goes up.");
        Assert.True(LettersPolicyBox.Is(lines, 0));
    }

    [Theory]
    [InlineData("Send your letters and calls to the council, I told my neighbours, and they did: the meeting ran past midnight.")]
    [InlineData("I submitted a letter to the council last spring and never heard back.")]
    public void A_letter_that_speaks_of_sending_letters_stays(string line)
    {
        var lines = Lines("Bridge tolls keep climbing\n\n" + line);
        Assert.False(LettersPolicyBox.Is(lines, 2));
    }

    [Fact]
    public void A_labelled_box_of_rules_naming_an_address_is_furniture()
    {
        var lines = Lines("Write to us\nLetters must be 250 words or fewer. Send to letters@harborweekly.example.");
        Assert.True(LettersPolicyBox.Is(lines, 0));
        Assert.True(LettersPolicyBox.Is(lines, 1));
    }
}
