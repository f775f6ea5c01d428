using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TemplateSampleKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Der stille Hafen [Rezension] - Bücherkiste</title>
        <meta content='{keywords}' name='keywords'/></head><body>
        <h1>Der stille Hafen [Rezension]</h1>
        <div class="post-body">
        <p>Ein Fischer rudert jeden Morgen hinaus, und eines Tages kommt er nicht zurück. Das Dorf wartet und schweigt.</p>
        <p>Die Sprache ist ruhig und genau, und die Figuren bleiben einem noch lange nach der letzten Seite im Kopf.</p>
        </div></body></html>
        """), "page.html");

    [Theory]
    [InlineData("YOUR KEYWORDS HERE")]
    [InlineData("keyword1, keyword2, keyword3")]
    [InlineData("Enter keywords")]
    public void A_themes_unfilled_sample_keywords_give_no_tags(string keywords) =>
        Assert.Empty(Parse(keywords).Tags);

    [Fact]
    public void Keywords_the_blog_filled_in_are_its_tags() =>
        Assert.Equal(["Roman", "Meer", "Dorfleben"], Parse("Roman, Meer, Dorfleben").Tags);

    [Theory]
    [InlineData("Your keywords here", true)]
    [InlineData("keyword 1, keyword 2", true)]
    [InlineData("Keywords for beginners, search engines", false)]
    [InlineData("Roman, Meer", false)]
    public void The_sample_phrases_are_recognised_and_real_keywords_are_not(string keywords, bool sample) =>
        Assert.Equal(sample, TemplateSampleKeywords.Is(keywords));
}
