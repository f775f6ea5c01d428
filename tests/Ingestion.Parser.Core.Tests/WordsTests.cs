using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordsTests
{
    [Theory]
    [InlineData("‘I don’t think she expected this.’", true)]
    [InlineData("'Are you coming?'", true)]
    [InlineData("He said it was over.", true)]
    [InlineData("“We will rebuild,” she said", false)]
    [InlineData("Outside the Joneses’", false)]
    [InlineData("Share this article", false)]
    public void A_sentence_ends_in_its_mark_or_in_a_single_quote_closing_after_one(string text, bool ends) =>
        Assert.Equal(ends, Words.EndsSentence(text));
}
