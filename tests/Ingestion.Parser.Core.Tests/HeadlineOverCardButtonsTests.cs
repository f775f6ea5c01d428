using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineOverCardButtonsTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title>
        <meta property="og:site_name" content="Harbor Courier"></head><body>
        <div id="news_content"><h1>Night Ferry Keeps Its Late Run</h1>
        <p class="dateline">First Posted: 08-13-10 05:18 PM</p>
        <div class="entry_body_text">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </div></div>
        <div id="sidebar_right"><div class="most_popular"><div class="most_popular_entry">{{card}}</div></div></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_rail_cards_headline_over_its_like_button_is_no_caption_of_the_thumbnail()
    {
        var page = Parse("""
            <div class="most_popular_entry_image"><a href="http://harbor.example/2011/08/20/pier-lights-return_n_932281.html"><img src="/i/pier-mini.jpg" alt="Pier Lights"></a></div>
            <div class="most_popular_entry_desc"><a href="http://harbor.example/2011/08/20/pier-lights-return_n_932281.html">PHOTO: The Pier Lights Are Back</a><br/>
            <div class="like_button"><a href="javascript:void(0);"><span>Like</span></a><div class="like_count">25</div></div></div>
            """);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_caption_that_goes_on_past_a_link_to_the_same_story_stays()
    {
        var page = Parse("""
            <div class="most_popular_entry_image"><a href="http://harbor.example/2011/08/20/pier-lights-return_n_932281.html"><img src="/i/pier-mini.jpg" alt="Pier Lights"></a></div>
            <div class="most_popular_entry_desc"><a href="http://harbor.example/2011/08/20/pier-lights-return_n_932281.html">PHOTO: The Pier Lights</a> shine again over the north breakwater after the winter storms took down the old poles.</div>
            """);
        Assert.Contains(page.Captions, caption => caption.Contains("north breakwater", StringComparison.Ordinal));
    }
}
