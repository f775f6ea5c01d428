using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A linked headline closing with its format in square brackets ("[Video]") is no caption credited to an agency (BracketedFormatTag).</summary>
public class BracketedFormatTagTests
{
    [Theory]
    [InlineData("Harbour Weekly: Ferry crews rehearse a winter rescue off the point [Video]")]
    [InlineData("Ten rooftop gardens that feed a whole street of neighbours [Photos]")]
    [InlineData("Where the town's bus money goes, route by route [Interactive]")]
    public void A_headline_closing_with_its_format_is_no_caption(string line) => Assert.Null(CaptionDetector.TryRead(line));

    [Fact]
    public void An_agency_in_the_same_brackets_still_credits_a_caption() =>
        Assert.NotNull(CaptionDetector.TryRead("Fishermen mend their nets on the harbour wall at first light [Reuters]"));

    [Fact]
    public void A_list_of_coverage_links_keeps_its_tagged_item_as_body()
    {
        var html = "<html><head><title>Our launch in the news</title></head><body><div class=\"post\"><h2>Our launch in the news</h2><div class=\"entry\">"
            + "<p>The ferry app we built went live last week, and a few papers wrote about it. Here is what they said about the launch.</p>"
            + "<ul><li><a href=\"http://a.example/1\">Harbour Weekly: Ferry app promises fewer missed sailings for island commuters</a></li>"
            + "<li><a href=\"http://b.example/2\">Coast Radio: Island coders explain their ferry timetable app [Video]</a></li>"
            + "<li><a href=\"http://c.example/3\">Bay Ledger: A small team maps every crossing of the bay in one app</a></li></ul>"
            + "<p>More links will follow as we find them, thank you to everyone who wrote.</p></div></div></body></html>";
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "coverage.html", "text/html");
        Assert.Empty(page.Captions);
        Assert.Contains("Coast Radio: Island coders explain their ferry timetable app [Video]", page.BodyParagraphs);
    }
}
