using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlayerTeaserCardTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>A warm December for the bay</title></head><body>
        <article><h1>A warm December for the bay</h1>
        <div class="story-body">
        <p>The bay recorded its warmest December day on Sunday, and Monday came within a degree of the record again, the weather office said.</p>
        <p>Forecasters expect a weak front by the weekend, though it will bring the afternoons down by only a few degrees before the holiday.</p>
        <p>How cool? Not very, and still warm enough for a swim on Christmas morning for anyone who wants one.</p>
        {{card}}
        </div></article></body></html>
        """), "warm.html");

    [Fact]
    public void A_players_card_for_another_story_is_no_paragraph()
    {
        var page = Parse("""
            <div class="embed-media inline-video"><div class="teaser"><div class="media-body">
            <div class="video-media"><div class="player" data-id="55"></div>
            <div class="share-icons"><a class="facebook-share" href="">facebook</a> <a class="twitter-share" href="">twitter</a></div>
            <div class="overlay" style="display:none"><h3>More Videos</h3><h4 class="video-title">Seals return to the breakwater</h4><h4 class="video-title">Night market opens on the quay</h4></div></div>
            <div class="embed-media-details"><h4 class="title"><a href="/living/gift-guide/article555.html"> The 2016 Holiday Gift Guide </a></h4>
            <p class="leadtext">The trouble with the season is always finding enough pointless things for everyone on the list. That is where this guide comes in. We doubt you will find a collection of gadgets this useless anywhere else. Every one is a real product; you can actually buy them.</p>
            <span class="credits">Noel Haverly</span></div></div></div></div>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("How cool?", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_players_box_whose_heading_links_nowhere_keeps_its_text()
    {
        var page = Parse("""
            <div class="embed-media inline-video"><div class="teaser"><div class="media-body">
            <div class="video-media"><div class="player" data-id="55"></div>
            <div class="share-icons"><a class="facebook-share" href="">facebook</a> <a class="twitter-share" href="">twitter</a></div></div>
            <div class="embed-media-details"><h4 class="title">The 2016 Holiday Gift Guide</h4>
            <p class="leadtext">The trouble with the season is always finding enough pointless things for everyone on the list. That is where this guide comes in. We doubt you will find a collection of gadgets this useless anywhere else. Every one is a real product; you can actually buy them.</p>
            <span class="credits">Noel Haverly</span></div></div></div></div>
            """);
        Assert.Equal(5, page.BodyParagraphs.Count);
    }
}
