using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>JavaScriptOffNotice widened: a banner saying scripts are off in the reader's browser.</summary>
public class JavaScriptDisabledNoticeTests
{
    [Theory]
    [InlineData("JavaScript seems to be disabled in your browser.", true)]
    [InlineData("JavaScript ist in Ihrem Browser deaktiviert.", true)]
    [InlineData("The extension kept JavaScript disabled on news sites for a week.", false)]
    public void A_banner_saying_scripts_are_off_in_the_readers_browser_is_furniture(string line, bool notice) =>
        Assert.Equal(notice, JavaScriptOffNotice.Is(line));
}
