using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterProfileTimeTests
{
    [Fact]
    public void The_writers_profile_card_dates_no_story()
    {
        var page = SerialChapterPage.Parse();

        Assert.Null(page.PublishedAt);
    }

    [Fact]
    public void A_time_outside_a_profile_box_is_left_alone()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="user-profile"><time id="a" datetime="2024-02-11">Feb 11</time></div>
            <div class="entry-meta"><time id="b" datetime="2024-03-01">March 1</time></div></body></html>
            """);

        Assert.True(WriterProfileTime.Is(document.GetElementById("a")!));
        Assert.False(WriterProfileTime.Is(document.GetElementById("b")!));
    }
}
