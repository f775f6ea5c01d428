using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineAsCaptionTests
{
    private const string Page = """
        <html><head><title>Ferry fares to rise in spring</title></head><body>
        <div id="Main"><header class="canvas-header"><h1>Ferry fares to rise in spring</h1></header>
        <div class="auth-attr"><span class="provider-name">Harbour Gazette</span> <time datetime="2016-10-03T05:00:00Z">October 3, 2016</time></div>
        <article class="canvas-body"><figure class="canvas-image"><img alt="" src="http://portal.test/ferry.jpg">
        <figcaption title="Ferry fares to rise in spring"><div class="figure-caption">Ferry fares to rise in spring</div></figcaption></figure>
        <p class="canvas-text">The island ferry company will raise its fares by four per cent in the spring, the harbour board was told on Monday evening.</p>
        </article></div></body></html>
        """;

    [Fact]
    public void A_caption_printing_the_headline_again_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "fares.html");
        Assert.Equal("Ferry fares to rise in spring", page.Title);
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_caption_of_its_own_words_stays()
    {
        var html = Page.Replace("<div class=\"figure-caption\">Ferry fares to rise in spring</div>", "<div class=\"figure-caption\">The ferry at the island pier.</div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "fares.html");
        Assert.Equal(["The ferry at the island pier."], page.Captions);
    }
}
