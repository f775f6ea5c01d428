using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedFootnoteMarkTests
{
    [Theory]
    [InlineData("… a drilling expedition has found.[1]", true)]
    [InlineData("… slower than in surface bacteria.[2,3]", true)]
    [InlineData("\"They are just patient.\"[12]", true)]
    [InlineData("Protesters occupy the square in the capital [AFP]", false)]
    [InlineData("The mark [1] stands inside the sentence", false)]
    [InlineData("Microbes were found down to 1.6 kilometres [2]", false)]
    public void A_reference_number_after_the_full_stop_ends_the_sentence(string text, bool ends)
    {
        Assert.Equal(ends, BracketedFootnoteMark.EndsSentenceBefore(text));
        Assert.Equal(ends, Words.EndsSentence(text));
    }
}
