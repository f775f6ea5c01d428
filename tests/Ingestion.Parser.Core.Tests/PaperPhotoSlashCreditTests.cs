using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperPhotoSlashCreditTests
{
    [Theory]
    [InlineData("Walter Brandvold, left, and his daughter on the plant floor at the company. Business Weekly photo / Tom Erlandson")]
    [InlineData("Fans wait outside the gates before the opener on Saturday. Staff photo / Dana Reyes")]
    public void A_caption_sentence_closed_by_the_papers_photo_and_its_photographer_is_credited(string line)
    {
        Assert.True(PaperPhotoSlashCredit.EndsWith(line));
        Assert.Equal([line], CaptionDetector.TryRead(line));
    }

    [Theory]
    [InlineData("The council approved the budget on Tuesday. The vote was 5 / 2 after a long debate.")]
    [InlineData("She said the photo / video booth was the most popular part of the fair. Everyone lined up.")]
    [InlineData("The council approved the budget on Tuesday. Business Weekly photo / staff")]
    [InlineData("Business Weekly photo / Tom Erlandson")]
    public void A_sentence_with_a_slash_or_a_bare_credit_is_no_caption_with_its_credit(string line) =>
        Assert.False(PaperPhotoSlashCredit.EndsWith(line));
}
