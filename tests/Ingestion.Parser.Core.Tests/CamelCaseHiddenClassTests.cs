using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CamelCaseHiddenClassTests
{
    private static string Page(string hiddenClass) => $"""
        <html><head><title>Ferry Timetable Quarrel Reaches the Council | Harbour Weekly</title><meta value="Harbour Weekly" name="og:site_name"></head><body>
        <article><h1 class="title">Ferry Timetable Quarrel Reaches the Council</h1>
        <p class="byline">By Mara Quist</p>
        <div class="articleBody"><figure class="featured"><img src="http://x.test/ferry.jpg" alt="">
        <figcaption class="caption"><span class="caption-text">The morning ferry leaves the north pier half empty since the winter timetable began.</span>
        <span class="credit"><span class="{hiddenClass}">Credit</span> Harbour Daily / AP</span></figcaption></figure>
        <p>The council will hear on Tuesday from the ferry company and from the islanders who say the new winter timetable strands them.</p>
        <p>The company says the early crossing ran at a loss for three years and that the later boat carries more passengers than before.</p>
        </div></article></body></html>
        """;

    [Theory]
    [InlineData("hideFromView")]
    [InlineData("visuallyHidden")]
    [InlineData("srOnly")]
    public void A_camel_cased_screen_reader_label_is_no_part_of_the_caption(string hiddenClass)
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(hiddenClass)), "ferry.html");
        Assert.Equal(["The morning ferry leaves the north pier half empty since the winter timetable began. Harbour Daily / AP"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_shown_label_stays()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("creditLabel")), "ferry.html");
        Assert.Equal(["The morning ferry leaves the north pier half empty since the winter timetable began. Credit Harbour Daily / AP"], page.Captions);
    }
}
