using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnsupportedBrowserNoticeTests
{
    [Theory]
    [InlineData("Internet Explorer 11 is no longer supported. For the best experience, open our site in another browser.")]
    [InlineData("Your browser is no longer supported. Please upgrade your browser for the best experience.")]
    [InlineData("You are using an outdated browser. Update your browser to view this site.")]
    public void A_banner_about_the_readers_browser_is_furniture(string line)
    {
        Assert.True(UnsupportedBrowserNotice.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("The harbour browser app is no longer supported on older phones, the company said on Tuesday.")]
    [InlineData("Chrome is not supported on Windows 7 after January, Google said.")]
    [InlineData("The new ferry timetable is not supported by the union.")]
    public void A_sentence_about_browsers_in_the_news_is_text(string line) => Assert.False(UnsupportedBrowserNotice.Is(line));

    [Fact]
    public void A_dumps_first_line_about_the_browser_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Internet Explorer 11 is no longer supported. For the best experience, open our site in another browser.

            Harbour strike ends after two weeks

            By Dana Whitcomb and Omar Reyes

            Dock workers in Lisbon went back to work on Saturday after the port authority agreed to their pay demands, ending a strike that had stranded dozens of ships.

            The union said the deal raised wages by six percent over two years and added a night shift allowance for crane operators.
            """), "story.txt");

        Assert.Equal("Harbour strike ends after two weeks", page.Title);
    }
}
