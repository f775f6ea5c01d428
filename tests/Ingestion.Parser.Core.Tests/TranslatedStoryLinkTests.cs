using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TranslatedStoryLinkTests
{
    [Fact]
    public void The_sister_papers_language_link_and_the_clip_link_under_the_text_are_no_paragraphs()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry back in service | Harbour Post</title></head><body>
            <div class="story"><h1>Ferry back in service after two days in port</h1>
            <div class="text">PORT TOWN: The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay. <br>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free on any later sailing. <br>Harbour staff said the pier had taken no damage and the fuel barge would call on Thursday as planned. <br><a href="https://sister.example.com/ferry/1.cms">Read this story in Bengali</a><br>In Video:<a href="/videos/ferry/2.cms">Island ferry back in service after the storm: operator</a></div>
            </div></body></html>
            """), "ferry.html");

        Assert.Equal("Harbour staff said the pier had taken no damage and the fuel barge would call on Thursday as planned.", page.BodyParagraphs[^1]);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Read this story in Bengali", true)]
    [InlineData("Read the article in Hindi", true)]
    [InlineData("Read in English", true)]
    [InlineData("Read this story in full", false)]
    [InlineData("Read this story in Bengali and Hindi", false)]
    public void Only_a_language_ends_the_line(string line, bool link) => Assert.Equal(link, TranslatedStoryLink.Is(line));
}
