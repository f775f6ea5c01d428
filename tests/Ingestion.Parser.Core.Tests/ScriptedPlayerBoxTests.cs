using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ScriptedPlayerBoxTests
{
    private static ParsedPage Parse(string player) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night Tide review | Quay Records Weekly</title></head><body>
        <article><h1>The Harbour Lights: Night Tide</h1>
        <div class="byline">by <a href="/staff/marta-olsen/">Marta Olsen</a></div>
        <div class="review-text">
        {{player}}
        <div class="contents">
        <p>For two records the band sounded like the fog itself: slow, grey and in no hurry to lift. The new one opens with a tambourine and does not look back.</p>
        <p>The songs are shorter, the guitars are louder, and the singer finally sounds as if he wants to be heard over the waves on the breakwater.</p>
        </div></div></article></body></html>
        """), "review.html");

    [Fact]
    public void A_track_players_box_around_its_play_button_is_no_paragraph()
    {
        var page = Parse("""
            <div class="featured-tracks"><h4 class="related-header">Featured Tracks:</h4><div class="inline-player-multiple"><div class="player-track">
            <button class="button condensed-playback-button"><span class="sr-only">Play Track</span></button>
            <div class="player-display"><div><span class="player-track__title">&quot;Breakwater&quot; &#x2014; <span class="player-track__artist">The Harbour Lights</span></span>
            <span class="source">Via&#xA0;<div class="multi-link"><a href="https://harbourlights.test/night-tide">Bandcamp</a>&#xA0;/&#xA0;<a>Buy</a></div></span></div></div></div></div></div>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("For two records", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_player_box_holding_a_paragraph_stays()
    {
        var page = Parse("""
            <div class="player-card"><button>Play clip</button><p>The band recorded the album in a boathouse over one winter.</p></div>
            """);
        Assert.Contains("The band recorded the album in a boathouse over one winter.", page.BodyParagraphs);
    }
}
