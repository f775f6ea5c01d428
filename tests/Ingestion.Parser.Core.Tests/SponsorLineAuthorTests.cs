using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SponsorLineAuthorTests
{
    private static ParsedPage Parse(string brandingLine) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Why the harbour needs a second pier | Harbour Weekly</title>
        <meta property="og:title" content="Why the harbour needs a second pier" />
        </head><body><section role="main"><article itemscope itemtype="http://schema.org/BlogPosting">
        <header>
        <div class="blog-byline vcard author" itemscope itemtype="http://schema.org/Person" itemprop="author">
          <div class="brand sponsored"><a href="/blog/pier-thinking/"><img src="/logo.png" alt="Pier Thinking" itemprop="image" /></a>
            <div class="blog-branding-text">{{brandingLine}}
              <div class="blog-title"><a href="/blog/pier-thinking/">Pier Thinking</a></div></div></div>
          <div class="about"><p>Notes on how ports can grow without losing their quays.</p></div>
        </div>
        <h1 itemprop="headline">Why the harbour needs a second pier</h1></header>
        <div class="byline vcard author"><p class="name" itemprop="author" itemscope itemtype="http://schema.org/Person">By <span class="fn" itemprop="name"><a rel="author" href="/author/Dana-Reyes/"><span itemprop="name">Dana Reyes</span></a></span></p>
        <p class="dateline"><span itemprop="datePublished" content="2016-04-15T13:52-0700">Apr 15, 2016 1:52 PM PT</span></p></div>
        <div id="drr-container" itemprop="articleBody">
        <p>When the morning ferry and the freight boat arrive together, one of them waits outside the harbour for an hour.</p>
        <p>A second pier would let both tie up at once, and the board has been told so by every skipper for ten years.</p>
        </div></article></section></body></html>
        """), "page.html");

    [Fact]
    public void A_sponsored_blogs_branding_box_marked_as_author_names_no_writer()
    {
        var page = Parse("""<span class="brandpost">BrandPost</span> Sponsored by Harbourline <span class="divider">|</span> <a class="learn-more" href="#">Learn More</a>""");

        Assert.Equal(["Dana Reyes"], page.Authors);
    }

    [Fact]
    public void An_author_line_without_a_sponsor_phrase_is_not_such_a_line()
    {
        Assert.False(SponsorLineAuthor.Is("Dana Reyes, Harbour Correspondent"));
        Assert.True(SponsorLineAuthor.Is("BrandPost Sponsored by Harbourline | Learn More"));
    }
}
