using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AccountLinksEndingTests
{
    [Theory]
    [InlineData("KTRV 6 News Amarillo 58°F Clear Member Center: Create Account | Log in")]
    [InlineData("The Somerton Gazette | Sign in")]
    [InlineData("Weather 41°F | Register")]
    public void A_top_bar_ends_in_the_account_links(string line) => Assert.True(AccountLinksEnding.Is(line));

    [Theory]
    [InlineData("Crews battle grass fire near Pecos Road")]
    [InlineData("How to log in to the county's new permit site")]
    [InlineData("Voters register | A guide to the ballot measures")]
    public void A_headline_is_no_top_bar(string line) => Assert.False(AccountLinksEnding.Is(line));
}
