using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ErrorPageNoticeTests
{
    [Theory]
    [InlineData("Sorry, the page you requested is unavailable")]
    [InlineData("This content is no longer available.")]
    [InlineData("The page you requested could not be found.")]
    public void A_sites_error_notice_is_recognised(string line) => Assert.True(ErrorPageNotice.Is(line));

    [Theory]
    [InlineData("The content of the deal is no longer secret, officials said.")]
    [InlineData("This content is no longer available, the ministry said on Tuesday, after the report was pulled from its website following complaints from three member states and a long row over who had leaked it.")]
    public void Prose_that_merely_sounds_like_a_notice_is_no_notice(string line) => Assert.False(ErrorPageNotice.Is(line));
}
