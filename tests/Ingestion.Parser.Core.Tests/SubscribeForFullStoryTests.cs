using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubscribeForFullStoryTests
{
    private const string Page = """
        <html><head><title>A Quiet Stone House on the Ridge</title></head><body>
        <article><h1>A Quiet Stone House on the Ridge</h1>
        <div class="body">
        <p>The house sits low on the ridge above the river, its walls built from the grey stone quarried a mile down the valley a century ago.</p>
        <p>Its owners spent four winters restoring the rooms, keeping the old beams and the deep windows that frame the orchard below the terrace.</p>
        <p><b>For the full story and more photos, <a href="https://subscribe.example.org/">subscribe now and get the digital edition immediately.</a></b></p>
        </div></article></body></html>
        """;

    [Fact]
    public void The_call_to_subscribe_for_the_rest_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "stone-house.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Its owners", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("For the full story and more photos, subscribe now and get the digital edition immediately.", true)]
    [InlineData("To read the full article, subscribe to the print edition or sign in.", true)]
    [InlineData("For the full story of the strike, see the report in Sunday's paper on page four.", false)]
    [InlineData("Subscribers can read the full story in the digital edition.", false)]
    public void Only_a_call_that_asks_for_a_subscription(string line, bool expected) =>
        Assert.Equal(expected, SubscribeForFullStory.Is(line));
}
