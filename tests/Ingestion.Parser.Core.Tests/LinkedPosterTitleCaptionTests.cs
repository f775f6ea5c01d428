using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedPosterTitleCaptionTests
{
    private static ParsedPage Parse(string captionBox) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title></head><body>
        <article><h1>Night Ferry Keeps Its Late Run</h1>
        <div class="article-body">
        <div class="featured featured-video"><div class="contain"><div class="video-container"><div class="m video-player"><a href="https://video.example.com/v/6329"><picture><img src="/poster.jpg" alt="Harbor News Flash for March 12"></picture><span class="overlay">Video</span></a></div></div>
        <div class="info">{{captionBox}}</div></div></div>
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        <div class="image-ct inline"><div class="m"><picture><img src="/pier.jpg" alt="The town pier"></picture></div><div class="info"><div class="caption"><p><span>The night ferry at the town pier on Tuesday.</span> <span>(Example Photo/Dana Ruiz)</span></p></div></div></div>
        <p>Riders said the late boat was the only way home after the evening shift at the cannery across the bay.</p>
        </div></article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_caption_box_headed_by_the_linked_posters_title_is_no_caption_and_no_text()
    {
        var page = Parse("""<div class="caption"><h4 class="title"><a href="https://www.example.com/video/6329">Harbor News Flash for March 12</a></h4><p>Harbor News Flash headlines are here. Check out what's new on the waterfront.</p></div>""");

        Assert.Equal(["The night ferry at the town pier on Tuesday. (Example Photo/Dana Ruiz)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Check out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_box_headed_by_other_words_stays_a_caption()
    {
        var page = Parse("""<div class="caption"><h4 class="title"><a href="https://www.example.com/video/6329">Riders on the last crossing</a></h4><p>Riders board the night ferry at the town pier on Tuesday.</p></div>""");

        Assert.Equal(2, page.Captions.Count);
    }
}
