using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BrowserRefreshNoticeTests
{
    [Theory]
    [InlineData("REFRESH(0 sec): file://localhost/service/enable-javascript.html", true)] // lynx
    [InlineData("Refresh (0 sec) /service/enable-javascript.html", true)] // w3m
    [InlineData("REFRESH(5 sec): https://example.org/", true)]
    [InlineData("Refresh (the page) to see the latest results", false)]
    [InlineData("Refreshing drinks were served at the fair", false)]
    public void A_text_browsers_note_of_a_meta_refresh_is_furniture(string line, bool furniture)
    {
        Assert.Equal(furniture, BrowserRefreshNotice.Is(line));
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
    }
}
