using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PosterTitleHeadingInCaptionTests
{
    private static ParsedPage Parse(string posterAlt, string captionBox) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Council closes its northern crossing - Harbour News</title>
        <meta property="og:site_name" content="Harbour News"></head>
        <body><article>
        <h1>Council closes its northern crossing</h1>
        <div class="byline">By Dana Whitcomb</div>
        <aside class="InlineVideo FeaturedVideo"><section class="MediaPlaceholder"><figure class="Image"><img alt="{{posterAlt}}" src="poster.jpg"></figure>
        <div class="MediaPlaceholder__Pill">3:32</div></section>
        {{captionBox}}
        </aside>
        <p>The boat that has crossed the northern sound since 1980 will make its last run in October, the council said on Sunday.</p>
        <p>It carried fewer than forty passengers a day last winter, and its two engines need replacing at a price the council cannot meet.</p>
        </article></body></html>
        """), "crossing.html");

    private const string CaptionBox = """
        <div class="Caption"><h3 class="Caption__Title">Ferry timetable explained</h3><div class="Caption__Text"><span>The harbour master walks through the new winter sailings.</span></div><span class="Caption__Credit">Harbour News</span></div>
        """;

    [Fact]
    public void A_players_caption_box_opening_with_the_posters_title_gives_the_blurb_and_credit() =>
        Assert.Equal(["The harbour master walks through the new winter sailings. Harbour News"], Parse("Ferry timetable explained", CaptionBox).Captions);

    [Fact]
    public void A_heading_that_names_no_picture_of_the_box_stays_in_the_caption() =>
        Assert.Equal(["Ferry timetable explained The harbour master walks through the new winter sailings. Harbour News"], Parse("Harbour at dawn", CaptionBox).Captions);

    [Theory]
    [InlineData("Ferry timetable explained", "<div class=\"Caption\"><h3>Ferry timetable explained</h3></div>")]
    [InlineData("Ferry timetable explained", "<figcaption><h3>Ferry timetable explained</h3><span>The harbour master walks through the sailings.</span></figcaption>")]
    [InlineData("Harbour at dawn", "<div class=\"Caption\"><h3>Ferry timetable explained</h3><span>The harbour master walks through the sailings.</span></div>")]
    [InlineData("Ferry timetable explained", "<div class=\"Caption\"><span>Ferry timetable explained</span><span>The harbour master walks through the sailings.</span></div>")]
    public void A_heading_alone_in_a_figcaption_naming_no_poster_or_no_heading_at_all_stays(string posterAlt, string captionBox)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body><aside><figure><img alt=\"{posterAlt}\"></figure>{captionBox}</aside></body></html>");
        var caption = document.QuerySelector("aside > :last-child")!;
        var before = caption.InnerHtml;
        PosterTitleHeadingInCaption.Remove(caption);
        Assert.Equal(before, caption.InnerHtml);
    }

    [Fact]
    public void The_posters_title_heading_over_a_blurb_leaves_the_box()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body><aside><figure><img alt=\"Ferry timetable explained\"></figure><div class=\"Caption\"><h3>Ferry Timetable Explained</h3><span>The harbour master walks through the sailings.</span></div></aside></body></html>");
        var caption = document.QuerySelector("div.Caption")!;
        PosterTitleHeadingInCaption.Remove(caption);
        Assert.Equal("<span>The harbour master walks through the sailings.</span>", caption.InnerHtml);
    }
}
