using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedSubtitleClassTests
{
    [Theory]
    [InlineData("mainsubtitle")]
    [InlineData("postSubtitle")]
    [InlineData("header mainsubtitle")]
    [InlineData("article-pagesubtitle")]
    public void A_short_prefix_glued_to_subtitle_names_the_standfirst(string className) => Assert.True(GluedSubtitleClass.Names(className));

    [Theory]
    [InlineData("subtitle")]
    [InlineData("subtitles")]
    [InlineData("videoplayersubtitle")]
    [InlineData("track2subtitle")]
    [InlineData("maintitle")]
    [InlineData("")]
    public void Another_class_is_no_glued_subtitle(string className) => Assert.False(GluedSubtitleClass.Names(className));

    private static ParsedPage Parse(string deck) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour trustees vote to keep the night ferry | Quayside</title></head>
        <body><div class="post-body"><div class="header_title_content"><div class="maintitle">
        <h1>Harbour trustees vote to keep the night ferry</h1>{{deck}}</div></div>
        <div class="the_content"><p>The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.</p>
        <p>Riders from both shores told the board that the last boat is the only way home for workers on the late shift.</p></div></div></body></html>
        """), "story.html");

    [Fact]
    public void A_deck_under_a_glued_subtitle_class_is_no_body()
    {
        var page = Parse("<h2 class=\"mainsubtitle\">Winter riders win a reprieve.</h2>");

        Assert.Equal(
            ["The harbour trustees voted on Tuesday to keep the night ferry running through the winter, after a crowded hearing.",
             "Riders from both shores told the board that the last boat is the only way home for workers on the late shift."],
            page.BodyParagraphs);
    }
}
