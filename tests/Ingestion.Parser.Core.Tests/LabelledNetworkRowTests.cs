using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledNetworkRowTests
{
    [Theory]
    [InlineData("Find us: Twitter / Facebook / Instagram / TikTok")]
    [InlineData("Social: Facebook | Instagram")]
    [InlineData("Watch and follow: YouTube, Instagram, TikTok")]
    public void A_label_over_network_names_alone_is_a_follow_row(string line)
    {
        Assert.True(LabelledNetworkRow.Is(line));
    }

    [Theory]
    [InlineData("Find us: we post every day on Instagram and TikTok")]
    [InlineData("Find us: 12 Harbour Street / Pier 4")]
    [InlineData("Networks: Facebook")]
    [InlineData("The harbour master told us: Facebook / Instagram")]
    public void A_label_over_other_words_or_one_network_is_no_follow_row(string line)
    {
        Assert.False(LabelledNetworkRow.Is(line));
    }

    [Fact]
    public void The_follow_row_under_a_shows_notes_is_no_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>The ferry episode : Harbour Money : Harbour Radio</title></head><body>
            <article class="story"><h1>The ferry episode</h1>
            <div id="storytext">
            <p>The harbour ferries returned to service on Monday after a winter of repairs, and the town counted what the winter cost.</p>
            <p>Today on the show, we ride the first boat out and ask the crew what it takes to keep an old fleet afloat.</p>
            <p><em>Find us: </em><a href="https://example.org/t"><em>Twitter</em></a><em> / </em><a href="https://example.org/f"><em>Facebook</em></a><em> / </em><a href="https://example.org/i"><em>Instagram</em></a></p>
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Find us", StringComparison.Ordinal));
    }
}
