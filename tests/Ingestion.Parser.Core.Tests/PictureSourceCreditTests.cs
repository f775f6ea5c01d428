using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureSourceCreditTests
{
    [Fact]
    public void The_source_after_a_picture_credit_is_cut_off() =>
        Assert.Equal("Commuters wait at Hornsby station in July. Picture: Toby Grainger",
            PictureSourceCredit.WithoutSource("Commuters wait at Hornsby station in July. Picture: Toby Grainger Source: Coastline News").ToString());

    [Theory]
    [InlineData("The council said the figures were wrong. Source: the minutes of the meeting held in July.")]
    [InlineData("Commuters wait at Hornsby station in July.")]
    public void A_sentence_after_source_or_no_source_is_left_alone(string text) => Assert.Equal(text, PictureSourceCredit.WithoutSource(text).ToString());

    [Fact]
    public void A_caption_with_picture_and_source_credits_is_a_caption() =>
        Assert.NotNull(CaptionDetector.TryRead("Commuters wait for a replacement bus at Hornsby station during trackwork in July. Picture: Toby Grainger Source: Coastline News"));
}
