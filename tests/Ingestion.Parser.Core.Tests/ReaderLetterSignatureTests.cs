using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReaderLetterSignatureTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_dashed_signature_between_question_and_answer_signs_the_readers_letter()
    {
        var lines = Lines("Q: Our agent says we have to pay for it. Who is right?\n\n— R.K., Pine Township\n\nA: It depends on your sales agreement.");
        Assert.True(ReaderLetterSignature.Signs(lines, 2, lines.Count));
    }

    [Fact]
    public void A_dear_column_signs_its_letter_too()
    {
        var lines = Lines("Dear Abby: My sister borrows money and never pays it back.\n\n— Tired in Toledo\n\nDear Tired: Stop lending.");
        Assert.True(ReaderLetterSignature.Signs(lines, 2, lines.Count));
    }

    [Fact]
    public void A_sign_off_under_the_last_paragraph_is_the_writers()
    {
        var lines = Lines("The council meets again in June.\n\n— Marcus Bell, Staff Writer");
        Assert.False(ReaderLetterSignature.Signs(lines, 2, lines.Count));
    }
}
