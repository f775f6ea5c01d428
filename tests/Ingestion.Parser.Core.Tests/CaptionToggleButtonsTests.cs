using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionToggleButtonsTests
{
    private const string Page = """
        <html><head><title>Town gives ferry crew a medal</title></head><body>
        <div class="article" id="article-wrapper"><h1 class="p-article__title">Town gives ferry crew a medal</h1>
        <div class="article-content">
        <p>The town council gave the crew of the harbour ferry a medal on Monday for pulling two swimmers from the bay in August.</p>
        <p>The captain said the whole crew had only done what any sailor would do, and thanked the lifeboat station for its help.</p>
        <div class="slideshow"><div class="slide"><img src="http://x.test/medal.jpg"><div class="caption news"><div class="caption-text">The crew with the medal on Monday.</div></div></div>
        <div class="caption-toggle mobile-only"><div class="toggle-show">SHOW CAPTION <span class="operator">+</span></div>
        <div class="toggle-hide">HIDE CAPTION <span class="operator">&#x2013;</span></div></div></div>
        </div></div></body></html>
        """;

    [Fact]
    public void A_slideshows_show_and_hide_caption_buttons_are_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "medal.html");
        Assert.Equal(["The crew with the medal on Monday."], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("CAPTION", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_that_says_more_than_the_buttons_stays()
    {
        var html = Page.Replace("SHOW CAPTION <span class=\"operator\">+</span>", "Show the medal");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "medal.html");
        Assert.Contains(page.Captions, caption => caption.Contains("Show the medal", StringComparison.Ordinal));
    }
}
