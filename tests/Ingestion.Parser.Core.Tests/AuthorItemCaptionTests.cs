using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorItemCaptionTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>The ferryman's daughter takes the wheel</title></head><body>
        <article>
        <h1>The ferryman's daughter takes the wheel</h1>
        <div class="author-info"><p>Published <time datetime="2016-01-22T20:06:19+01:00">22 Jan 2016, 20:06</time></p>
        {{figure}}
        </div>
        <div class="article-body">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_figure_caption_marked_as_the_author_without_a_picture_is_no_caption() =>
        Assert.Empty(Parse("""
            <figure class="f-l"><figcaption itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Iris Valdane</span></figcaption></figure>
            """).Captions);

    [Fact]
    public void A_portrait_captioned_with_the_author_stays_a_caption() =>
        Assert.NotEmpty(Parse("""
            <figure class="f-l"><img src="/img/valdane.jpg" alt=""><figcaption itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Iris Valdane</span></figcaption></figure>
            """).Captions);
}
