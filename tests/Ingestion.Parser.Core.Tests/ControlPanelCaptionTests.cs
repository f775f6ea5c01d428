using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ControlPanelCaptionTests
{
    private static ParsedPage Parse(string panel) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Lighthouse keeper's cottage for sale - Harbour Post</title></head><body>
        <article><h1>Tour the lighthouse keeper's cottage, now for sale</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="entry-container">
        <p>The cottage beside the old lighthouse went on the market this week, its stone walls and sea views intact after a century.</p>
        <figure class="entry-img"><img src="/img/cottage-kitchen.jpg" alt=""><small class="entry-img-credit">Courtesy of Quay Realty</small></figure>
        <div class="video-wrapper">{{panel}}<h2 class="player-headline">Keeper's cottage tour</h2></div>
        <p>The listing says the last keeper lived there until 1971, and that the lamp room can be reached by the original iron stair.</p>
        </div></article></body></html>
        """), "cottage.html");

    [Fact]
    public void A_players_subtitle_settings_are_no_caption()
    {
        var page = Parse("""
            <div class="player-closedcaption"><header>Closed Captioning</header>
            <div class="switch"><input type="radio" name="view" id="on" checked><label for="on">ON</label>
            <input type="radio" name="view" id="off"><label for="off">OFF</label></div>
            <div class="actions-box">apply | reset</div>
            <div class="of-three">font<br><select><option>Serif</option><option>Sans</option></select></div>
            <div class="of-three">size<br><div class="textsize">T</div><div class="textsize">T</div></div></div>
            """);
        Assert.Equal(["Courtesy of Quay Realty"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_caption_without_controls_stays()
    {
        var page = Parse("""<div class="wp-caption"><img src="/img/stair.jpg" alt=""><p class="wp-caption-text">The iron stair to the lamp room.</p></div>""");
        Assert.Contains("The iron stair to the lamp room.", page.Captions);
    }

    [Fact]
    public void A_players_closed_captions_menu_is_no_caption()
    {
        var page = Parse("""<div class="closed-captions"><button class="cc" type="button">CC</button><ul><li class="selected">Off</li><li>Español</li></ul></div>""");
        Assert.Equal(["Courtesy of Quay Realty"], page.Captions);
    }

    [Fact]
    public void A_caption_whose_class_only_contains_the_letters_stays()
    {
        var page = Parse("""<div class="photo"><img src="/img/lamp.jpg" alt=""><p class="enclosed-caption">The lamp room, glazed on all sides.</p></div>""");
        Assert.Contains(page.Captions, caption => caption.Contains("The lamp room, glazed on all sides.", StringComparison.Ordinal));
    }
}
