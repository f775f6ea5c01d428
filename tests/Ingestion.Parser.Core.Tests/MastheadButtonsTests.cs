using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MastheadButtonsTests
{
    [Theory]
    [InlineData("WKNV Donate Listen Live", "WKNV")]
    [InlineData("The Harbour Herald Log in Sign up", "The Harbour Herald")]
    [InlineData("ZedNet US Edition Log In Join", "ZedNet")]
    [InlineData("The Sunday Mail", "The Sunday Mail")]
    [InlineData("Subscribe Sign in", "Subscribe Sign in")]
    public void Buttons_printed_after_the_logo_are_no_part_of_the_name(string line, string name) =>
        Assert.Equal(name, MastheadButtons.Without(line));

    [Theory]
    [InlineData("Orbit! News [                    ] [Search News]", "Orbit! News")]
    [InlineData("BayPortal                              Search: [                    ] [Go]", "BayPortal")]
    [InlineData("Email: [                    ] [Subscribe]", null)]
    [InlineData("Results [ ] shown [here]", null)]
    public void A_logo_beside_a_search_field_keeps_its_name(string line, string? logo) =>
        Assert.Equal(logo, MastheadButtons.LogoBeforeSearchField(line));
}
