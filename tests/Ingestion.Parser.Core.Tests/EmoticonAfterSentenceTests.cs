using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmoticonAfterSentenceTests
{
    [Theory]
    [InlineData("The old feed is gone for good, so nothing more will show up here. :-p", true)]
    [InlineData("That was the last of the plums this year! ;)", true)]
    [InlineData("See you all at the allotment on Sunday :)", false)]
    [InlineData("Rating :P", false)]
    public void A_face_typed_after_the_mark_leaves_the_sentence_ended(string text, bool expected) =>
        Assert.Equal(expected, Words.EndsSentence(text));
}
