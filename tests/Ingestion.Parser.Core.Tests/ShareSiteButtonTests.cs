using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareSiteButtonTests
{
    [Fact]
    public void Share_and_the_site_name_alone_is_the_button() =>
        Assert.True(ShareSiteButton.Is("Share The Harlan Ledger", "The Harlan Ledger"));

    [Theory]
    [InlineData("Share The Harlan Ledger with a friend who cares about the county.")]
    [InlineData("Share the road with cyclists.")]
    [InlineData("The Harlan Ledger")]
    public void A_sentence_opening_share_or_the_name_alone_is_no_button(string paragraph) =>
        Assert.False(ShareSiteButton.Is(paragraph, "The Harlan Ledger"));

    [Fact]
    public void The_button_is_taken_out_of_the_body_and_the_text_kept()
    {
        var body = new List<string> { "I will be at the hearing.", "Share The Harlan Ledger" };
        ShareSiteButton.RemoveFrom(body, "The Harlan Ledger");
        Assert.Equal(["I will be at the hearing."], body);
    }
}
