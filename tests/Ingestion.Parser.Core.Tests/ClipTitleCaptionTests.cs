using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClipTitleCaptionTests
{
    private static ParsedPage Parse(string player) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why the ferry is late again - Harbour Post</title></head><body>
        <article><h1>Why the ferry is late again</h1>
        <p class="byline">by <span class="byline_author">Marta Olsen</span></p>
        <div class="article-body">
        <p>The island ferry missed its morning crossing for the third time this month, the harbour board said on Tuesday.</p>
        <div class="widget widget_video">{{player}}</div>
        <p>Engineers are still looking for the fault in the new engine, which was fitted only in the spring of this year.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void An_inline_players_clip_title_and_running_time_is_no_caption_and_no_paragraph()
    {
        var page = Parse("""
            <div class="video-viewport"><picture><img src="/img/ferry-engine.jpg" title="Ferry engine trouble: what went wrong?"></picture></div>
            <div class="js-play-video img-caption img-caption_video"> <i class="fa fa-play"></i> <strong><span>Ferry engine trouble: what went wrong?</span></strong> <span>2:06</span> </div>
            """);
        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("2:06", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pictures_caption_ending_in_a_time_of_day_stays()
    {
        var page = Parse("""
            <div class="photo"><img src="/img/ferry-quay.jpg"></div>
            <div class="img-caption">Passengers wait on the quay for the ferry due at 7:45</div>
            """);
        Assert.Equal(["Passengers wait on the quay for the ferry due at 7:45"], page.Captions);
    }
}
