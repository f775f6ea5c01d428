using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AccountIdLinkTests
{
    [Theory]
    [InlineData("NBS iD\nSign in\n\nNational Broadcasting Service", true)]
    [InlineData("Yahoo ID\nSign In", true)]
    [InlineData("NBS iD\nAnmelden", true)]
    [InlineData("NBS iD\nIniciar sesión", true)]
    [InlineData("NBS iD\nAccedi", true)]
    [InlineData("NBS iD\nInloggen", true)]
    [InlineData("CNN iReport\nLog in | Sign up", false)]
    [InlineData("NBS iD\n\nNational Broadcasting Service", false)]
    [InlineData("The Boise Daily ID\nSubscribe", false)]
    public void An_identity_product_over_the_sign_in_link_is_the_account_link(string page, bool account)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.Equal(account, AccountIdLink.Is(lines[0].Text, lines, 0, lines.Count));
    }
}
