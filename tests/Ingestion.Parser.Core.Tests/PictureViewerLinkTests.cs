using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureViewerLinkTests
{
    private const string Page = """
        <html><head><title>The winter ferry keeps running | Harbour Weekly</title></head><body>
        <article class="article-single"><header class="article-header"><h1 itemprop="headline">The winter ferry keeps running</h1>
        <p class="byline"><a href="/author/dana/" rel="author"><span itemprop="name">Dana Whitcomb</span></a> - <time datetime="2026-03-02T09:15:00+00:00">Mar 2, 2026 9:15 am UTC</time></p></header>
        <div itemprop="articleBody" class="article-content">
        <p>The harbour board voted on Tuesday to keep the winter ferry running for two more years, after a season in which the boat carried more passengers than in any winter before.</p>
        <figure class="image"><a href="https://x.test/uploads/ferry-full.jpg" class="enlarge"><img src="https://x.test/uploads/ferry-640.jpg"></a><figcaption class="caption"><div class="caption-text"><a href="https://x.test/uploads/ferry-full.jpg" class="enlarge-link">Enlarge</a> <span class="sep">/</span> CAPTION</div><div class="caption-credit">Ellis Granger</div></figcaption></figure>
        <p>The operator plans to charter a second, smaller boat that may sail in ice, and says the first winter crossing will leave the east pier in December.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void The_enlarge_link_and_its_separator_are_no_part_of_the_caption()
    {
        var html = Page.Replace("CAPTION", "The ferry at the east pier on a grey morning.");

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal(["The ferry at the east pier on a grey morning. Ellis Granger"], page.Captions);
    }

    [Fact]
    public void A_credit_alone_after_the_enlarge_link_is_the_caption()
    {
        var html = Page.Replace(" <span class=\"sep\">/</span> CAPTION", string.Empty);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal(["Ellis Granger"], page.Captions);
    }

    [Fact]
    public void A_link_of_the_captions_own_words_stays()
    {
        var html = Page.Replace("<a href=\"https://x.test/uploads/ferry-full.jpg\" class=\"enlarge-link\">Enlarge</a> <span class=\"sep\">/</span> CAPTION",
            "The ferry at the <a href=\"https://x.test/pier\">east pier</a> on a grey morning.");

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal(["The ferry at the east pier on a grey morning. Ellis Granger"], page.Captions);
    }
}
