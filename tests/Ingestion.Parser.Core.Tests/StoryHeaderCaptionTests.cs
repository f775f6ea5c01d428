using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryHeaderCaptionTests
{
    private static ParsedPage Parse(string picture) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Council keeps the night ferry | Harbour Post</title><meta property="og:site_name" content="Harbour Post"></head><body>
        <header id="site-header"><div id="site-name"><a href="/">Harbour Post</a></div></header>
        <main><article class="panel__main"><header class="panel__main__header">
        <div class="pane-article-image">{{picture}}</div>
        <div class="pane-media-caption"><div class="media-meta"><div class="media-meta__caption">Islanders queue for the last ferry of the night at the harbour, Dec. 6, 2016.</div>
        <div class="media-meta__credit">Photo by Ana Ruiz/Harbour Post</div></div></div>
        <h1 class="pane-node-title">Council keeps the night ferry</h1>
        </header>
        <div class="authors-names"><span>By </span><span class="author"><a href="/byline/marta-olsen">Marta Olsen</a></span></div>
        <div class="field-name-body"><div>The council voted on Tuesday night to keep the late ferry to the islands running through the winter months.</div>
        <div>Islanders had filled the chamber to ask for it, and the operator said the crossing would keep its timetable until March.</div></div>
        </article></main></body></html>
        """), "ferry.html");

    [Fact]
    public void The_lead_pictures_caption_in_the_storys_own_header_is_a_caption()
    {
        // A script-loaded picture: its sources in data attributes, the img only inside noscript.
        var page = Parse("<span data-picture=\"\" data-alt=\"Islanders queue\"><span data-src=\"/ferry-512.jpg\"></span><noscript><img src=\"/ferry-512.jpg\" alt=\"Islanders queue\"></noscript></span>");
        Assert.Equal(["Islanders queue for the last ferry of the night at the harbour, Dec. 6, 2016. Photo by Ana Ruiz/Harbour Post"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Islanders queue", StringComparison.Ordinal));
    }
}
