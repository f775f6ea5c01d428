using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CookieInBannerOpeningTests
{
    [Theory]
    [InlineData("We use cookies to improve your visit. By continuing to browse you agree to our use of cookies.")]
    [InlineData("By continuing to use the site, you accept the use of cookies. More information")]
    [InlineData("Closing this notice, scrolling this page or clicking any of its links means you consent to the use of cookies.")]
    public void A_banner_naming_its_cookies_in_its_opening_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void A_paragraph_that_names_cookies_only_at_its_end_is_text() =>
        Assert.False(BoilerplateFilter.IsBoilerplate(
            "It cannot be denied that these blockers are harder to use than the browsers most people know, and that they get in the way of some "
            + "everyday errands on the web. (For example, paying a council tax bill and signing in to a library account will not work without "
            + "third-party cookies.)"));
}
