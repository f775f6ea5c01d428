using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RunTogetherTopBarTests
{
    [Theory]
    [InlineData("Directory of sitesLoginContactSupport")]
    [InlineData("NewsletterSubscribeLog in")]
    [InlineData("ShopJobsHelp")]
    [InlineData("Sign InJoin for free")]
    [InlineData("Log inJoin the newsletter")]
    public void A_top_bars_links_run_together_are_recognised(string line) => Assert.True(RunTogetherTopBar.Is(line));

    [Theory]
    [InlineData("HarbourPost")]
    [InlineData("The HarbourPost Media Group")]
    [InlineData("BuzzWireNews")]
    [InlineData("McDonald Search Partners")]
    [InlineData("Sign In Solutions")]
    [InlineData("Signature Harbour Homes")]
    public void A_brand_that_runs_words_together_is_no_top_bar(string line) => Assert.False(RunTogetherTopBar.Is(line));
}
