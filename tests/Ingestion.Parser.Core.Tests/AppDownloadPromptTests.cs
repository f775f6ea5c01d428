using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AppDownloadPromptTests
{
    [Theory]
    [InlineData("♦ Download the Coast Bulletin app for your iOS or Android devices.", true)]
    [InlineData("Download the Coast Bulletin News app for your iPhone.", true)]
    [InlineData("Download our app on the App Store and Google Play", true)]
    [InlineData("Download on the Apple App Store Get it on Google Play", false)]
    [InlineData("• Download the app: iOS | Android", true)]
    [InlineData("Downloads of the app doubled on Android last year, the ferry company said.", false)]
    [InlineData("Download speeds on Android phones fell on the island after the storm.", false)]
    [InlineData("Download the timetable for the winter crossings as a PDF.", false)]
    [InlineData("Download the harbour board's full report on the night ferry and its costs before the vote, and then the app for iOS.", false)]
    public void A_call_to_install_the_sites_phone_app_is_furniture(string line, bool prompt)
    {
        Assert.Equal(prompt, AppDownloadPrompt.Is(line));
        Assert.Equal(prompt, BoilerplateFilter.IsBoilerplate(line));
    }

    [Fact]
    public void A_text_page_drops_the_app_line_under_its_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Harbour board keeps the night ferry

            The harbour board voted on Monday to keep the night ferry running through the winter, after a debate that lasted until past ten.

            Skippers had asked for the change since the spring, when two late crossings were cancelled for want of a crew on the island side.

            The first winter timetable is due at the harbour office next week, and the fares stay as they are until March.
            ♦ Download the Coast Bulletin app for your iOS or Android devices.
            """), "night-ferry.txt");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Download", StringComparison.Ordinal));
    }
}
