using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TranscriptCueCaptionTests
{
    private static ParsedPage Parse(string media) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why the ferry is late again - Harbour Post</title></head><body>
        <article><h1>Why the ferry is late again</h1>
        <p class="byline">by <span class="byline_author">Marta Olsen</span></p>
        <div class="article-body">
        {{media}}
        <p>The island ferry missed its morning crossing for the third time this month, the harbour board said on Tuesday.</p>
        <p>Engineers are still looking for the fault in the new engine, which was fitted only in the spring of this year.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_video_transcripts_timed_cue_lines_are_no_captions_and_no_paragraphs()
    {
        var page = Parse("""
            <div class="video-wrap"><img src="/img/ferry-still.jpg" alt="">
            <div class="video-full-transcript"><span class="video-full-transcript-button">Video Transcript</span>
            <div class="video-full-transcript-text collapsible" style="display: none;">
            <span class="text-transcript-caption video-transcript-caption">00:01 The skipper says the engine coughed twice before<br></span>
            <span class="text-transcript-caption video-transcript-caption">00:04 it stopped just outside the breakwater this morning.<br></span>
            </div></div></div>
            """);
        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("00:01", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pictures_caption_inside_a_box_about_a_transcript_stays()
    {
        var page = Parse("""
            <div class="interview-transcript"><figure><img src="/img/ferry-skipper.jpg">
            <figcaption class="caption">The skipper on the bridge of the island ferry</figcaption></figure></div>
            """);
        Assert.Equal(["The skipper on the bridge of the island ferry"], page.Captions);
    }
}
