using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedCaptionCreditTests
{
    [Fact]
    public void A_bare_name_glued_to_a_known_captions_full_stop_is_its_credit() =>
        Assert.Equal(("A screenshot of the Background App Refresh panel on an iPhone 5 running iOS 7.", "Nathan Gorecki"),
            GluedCaptionCredit.TrySplitBareName("A screenshot of the Background App Refresh panel on an iPhone 5 running iOS 7.Nathan Gorecki"));

    [Theory]
    [InlineData("A screenshot of the Background App Refresh panel on iOS 7")]
    [InlineData("A screenshot of the panel on iOS 7.The fix arrives next week")]
    [InlineData("Seen at the U.S.Capitol")]
    public void A_caption_without_a_glued_name_is_not_split(string line) => Assert.Null(GluedCaptionCredit.TrySplitBareName(line));

    [Fact]
    public void A_glued_slash_credit_needs_a_credit_after_the_slash() =>
        Assert.Null(GluedCaptionCredit.TrySplit("The ratio of wins to losses in 2013Gregg reached and/or passed"));
}
