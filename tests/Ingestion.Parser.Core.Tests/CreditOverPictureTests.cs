using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditOverPictureTests
{
    private static ParsedPage Parse(string cover) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Why Ferry Queues Teach Patience | Harbour Notes</title>
        <meta value="Harbour Notes" name="og:site_name"></head><body>
        <article class="stream-article"><div class="article-header">{{cover}}
        <div class="source-promo"><h2 class="title"><a class="name" href="/in/nlindqvist" rel="author">Nora Lindqvist</a></h2></div></div>
        <div class="article-content"><h1 class="article-title">Why Ferry Queues Teach Patience</h1>
        <div class="article-meta"><time datetime="2016-10-28T13:46:56.000Z" class="pub-date">Oct 28, 2016</time></div>
        <div class="article-body"><p>Every morning the line of cars at the ferry ramp grows a little longer, and every morning the drivers find a way to pass the time.</p>
        <p>Some read, some sleep, and a few walk down to the water to watch the boat come in across the bay.</p>
        <p>After twenty years of guiding those boats in, I have learned that the queue is where the town talks to itself.</p></div></div>
        </article></body></html>
        """), "ferry-queues.html");

    [Fact]
    public void A_credit_span_set_before_the_cover_picture_is_its_caption()
    {
        var page = Parse("""
            <div class="article-cover masthead"><span class="img-credit" title="The morning queue at the north ramp. Image: Nora Lindqvist">The morning queue at the north ramp. Image: Nora Lindqvist</span><img src="/cover.jpg" class="cover-image" alt="Why Ferry Queues Teach Patience"></div>
            """);
        Assert.Equal(["The morning queue at the north ramp. Image: Nora Lindqvist"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("north ramp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_of_another_class_before_the_picture_is_no_caption()
    {
        var page = Parse("""
            <div class="article-cover masthead"><span class="img-label">The morning queue at the north ramp. Image: Nora Lindqvist</span><img src="/cover.jpg" class="cover-image" alt="Why Ferry Queues Teach Patience"></div>
            """);
        Assert.DoesNotContain("The morning queue at the north ramp. Image: Nora Lindqvist", page.Captions);
    }
}
