using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperPhotoCreditAfterSentenceTests
{
    [Theory]
    [InlineData("Walter Brandvold, left, and his daughter on the plant floor at the company. Business Weekly photo / Tom Erlandson")]
    [InlineData("Fans wait outside the gates before the opener on Saturday. Staff photo / Dana Reyes")]
    [InlineData("The Ogden County Courthouse, where the county jail has been housed since 1962. Gazette file photo")]
    [InlineData("Crews pour the foundation of the new library on Elm Street. Herald staff photographer")]
    public void A_caption_sentence_closed_by_the_papers_photo_credit_is_a_caption(string line)
    {
        Assert.True(PaperPhotoCreditAfterSentence.EndsWith(line));
        Assert.Equal([line], CaptionDetector.TryRead(line));
    }

    [Theory]
    [InlineData("The council approved the budget on Tuesday. The vote was 5 / 2 after a long debate.")]
    [InlineData("She said the photo / video booth was the most popular part of the fair. Everyone lined up.")]
    [InlineData("The council approved the budget on Tuesday. Business Weekly photo / staff")]
    [InlineData("Business Weekly photo / Tom Erlandson")]
    [InlineData("She kept every clipping from those years. We went through the file photo")]
    [InlineData("Gazette file photo")]
    [InlineData("The mayor said the city would pay for the new building and keep the old one as a museum.")]
    public void A_sentence_with_a_slash_or_a_photo_word_or_a_bare_credit_is_not_this_caption(string line) =>
        Assert.False(PaperPhotoCreditAfterSentence.EndsWith(line));
}
