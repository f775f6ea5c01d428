using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmbedPlaceholderLineTests
{
    private const string Page = """
        <html><head><title>Five Ways To Enjoy A Wet Harbour Day</title><meta value="Quayside" name="og:site_name"></head><body>
        <article class="post-page"><h1 class="post-page__title">Five Ways To Enjoy A Wet Harbour Day</h1>
        <div class="post-page__body"><p>Rain on the quay is no reason to stay at home, and the ferry crews will tell you the harbour is at its best under cloud.</p>
        <h2>1. Ride The Ferry Twice</h2>
        <h2><div><attachment data-provider="generic" data-type="embed" contenteditable="false">[Embed]</attachment></div></h2>
        <p>The morning boat is nearly empty in the rain, and the view of the old cranes from the upper deck costs nothing extra at all.</p>
        <p>Ask the crew about the [old] timetable and they will talk for the whole crossing about the winters they have seen.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void An_embeds_placeholder_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "wet-day.html");
        Assert.DoesNotContain("[Embed]", page.BodyParagraphs);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_bracketed_word_in_prose_stays()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "wet-day.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("[old] timetable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Gambas:Video 20harbour]")]
    [InlineData("[Gambas:Instagram]")]
    public void A_cms_embed_tag_glued_to_the_embeds_kind_is_a_placeholder(string line) => Assert.True(EmbedPlaceholderLine.Is(line));

    [Theory]
    [InlineData("[Update: video added]")]
    [InlineData("[Note:Ferries run late]")]
    [InlineData("[Harbour news:Video]")]
    public void An_editors_note_with_a_colon_is_no_placeholder(string line) => Assert.False(EmbedPlaceholderLine.Is(line));
}
