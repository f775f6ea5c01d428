using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionInPictureCopyrightBoxTests
{
    private const string Caption = "FILE - Crews wait on the quay at Port Aldwin before the first crossing, May 2, 2026";

    [Fact]
    public void A_picture_credit_box_holding_the_caption_before_its_credit_is_the_caption_with_its_credit()
    {
        var page = Parse($"""
            <div class="story-media-copyright">{Caption} <span class="story__separator"> - </span>
            <div class="story__copyright">Copyright © Harbour Photo Agency</div></div>
            """);

        Assert.Equal([$"{Caption} - Copyright © Harbour Photo Agency"], page.Captions);
        Assert.Empty(page.Authors);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("FILE", StringComparison.Ordinal));
    }

    [Theory]
    // A site's copyright line: no picture's word in its class.
    [InlineData("<div class=\"site-copyright\">Crews and ferries of the northern routes since 1921 <span>© Harbourline</span></div>")]
    // The box's own text is a rights notice, no caption.
    [InlineData("<div class=\"image-copyright\">All rights reserved for every picture on this page <span>© Harbourline</span></div>")]
    // A short credit, no sentence.
    [InlineData("<div class=\"image-copyright\">Photo agency <span>© Harbourline</span></div>")]
    // No credit after the text.
    [InlineData("<div class=\"image-copyright\">Crews wait on the quay at Port Aldwin <span>Share this</span></div>")]
    public void Other_boxes_are_no_such_caption(string box)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body><article><header>{box}</header></article></body></html>");

        Assert.False(CaptionInPictureCopyrightBox.Is(document.Body!.QuerySelector("header > div")!));
    }

    private static ParsedPage Parse(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ferry crews return to the northern routes | Harbourline</title>
        <meta property="og:site_name" content="Harbourline"></head><body>
        <article><h1>Ferry crews return to the northern routes</h1>
        <div class="story-video"><div id="player-1"></div></div>
        <section class="story__body"><header class="story__header">
        {box}
        <div class="story__meta"><div class="story__author"><a href="https://social.example/harbourline">By Rédaction Harbourline</a></div></div></header>
        <div class="story__text"><p>Ferry crews returned to the northern routes on Monday after a month of repairs to the two oldest boats of the fleet.</p>
        <p>The operator said the timetable would be back to its summer pattern by the end of the week, with extra crossings at weekends.</p>
        <p>Passengers had waited for hours at the quay during the repairs, and the council asked for a review of the fleet's age.</p></div>
        </section></article></body></html>
        """), "page.html");
}
