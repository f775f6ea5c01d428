using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrackingPixelInHeadTests
{
    private static ParsedPage Parse(string noscript) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>Ferry timetable changes for the winter</title>
        <script></script>{noscript}
        <meta property="og:site_name" content="Harbour Weekly">
        <meta property="article:published_time" content="2015-01-12T08:15:00+00:00">
        <meta property="article:tag" content="ferries">
        <meta property="article:tag" content="timetables">
        </head><body>
        <article><h1>Ferry timetable changes for the winter</h1>
        <div class="story-text">
        <p>The island ferry will sail twice a day instead of four times from the first week of February, the operator said.</p>
        <p>The early boat keeps its time, but the evening crossing moves forward by an hour to meet the last bus.</p>
        <p>Passengers with season tickets will be offered a refund for the weeks the reduced service runs.</p>
        </div></article></body></html>
        """), "ferries.html");

    [Fact]
    public void The_metas_after_a_pixel_link_in_a_noscript_in_the_head_are_still_read()
    {
        var page = Parse("""<noscript><a href="http://stats.example/"><img src="http://stats.example/p.gif" height="1" width="1" alt=""></a></noscript>""");
        Assert.Equal(["ferries", "timetables"], page.Tags);
        Assert.Equal("2015-01-12T08:15:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void The_metas_after_a_bare_pixel_in_a_noscript_in_the_head_are_still_read()
    {
        var page = Parse("""<noscript><img height="1" width="1" style="display:none" src="http://stats.example/tr?id=42"></noscript>""");
        Assert.Equal(["ferries", "timetables"], page.Tags);
    }

    [Fact]
    public void A_picture_of_a_real_size_in_the_head_opens_the_body_as_before()
    {
        var page = Parse("""<noscript><img src="http://harbour.example/logo.png" height="60" width="200" alt=""></noscript>""");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_pixel_link_with_text_in_the_head_opens_the_body_as_before()
    {
        var page = Parse("""<noscript><a href="http://stats.example/"><img src="http://stats.example/p.gif" height="1" width="1" alt="">Site statistics</a></noscript>""");
        Assert.Empty(page.Tags);
    }
}
