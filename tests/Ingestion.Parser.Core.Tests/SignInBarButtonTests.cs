using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignInBarButtonTests
{
    [Theory]
    [InlineData("Sign in\nGet started\nStacks & Shelves", 1)]
    [InlineData("Get started\nSign in\nStacks & Shelves", 0)]
    [InlineData("Anmelden\nLoslegen\nStacks & Shelves", 1)]
    [InlineData("Se connecter\nCommencer\nStacks & Shelves", 1)]
    [InlineData("Accedi\nInizia\nStacks & Shelves", 1)]
    [InlineData("Entrar\nComeçar\nStacks & Shelves", 1)]
    [InlineData("Inloggen\nAan de slag\nStacks & Shelves", 1)]
    public void A_sign_up_button_beside_the_sign_in_link_is_the_platforms_bar(string page, int index)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.True(SignInBarButton.Is(lines, index));
    }

    [Theory]
    [InlineData("Get started\nStacks & Shelves\nLibraries", 0)]
    [InlineData("Sign in\nGet started with composting this spring\nMarch 3", 1)]
    [InlineData("Sign in\nStacks & Shelves", 1)]
    public void Without_the_sign_in_link_or_the_button_it_is_none(string page, int index)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.False(SignInBarButton.Is(lines, index));
    }
}
