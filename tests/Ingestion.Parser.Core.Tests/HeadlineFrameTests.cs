using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineFrameTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Herald</title></head>
        <body><div id="main" class="content-with-comments">
        <article><HEADLINE>
        <div class="story-text">
        <p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p>
        </div></article>
        <div class="reader-comments"><THREADHEADING>
        <ul class="thread">
        <li class="comment"><div class="comment-author">Mara Quinn</div><div class="comment-meta">June 3, 2014 at 9:15 am</div>
        <div class="comment-content"><p>About time, the bus round the bay takes an hour.</p></div></li>
        <li class="comment"><div class="comment-author">Tom Reyes</div><div class="comment-meta">June 3, 2014 at 10:02 am</div>
        <div class="comment-content"><p>I hope the fares stay where they were last year.</p></div></li>
        </ul></div>
        </div></body></html>
        """;

    private static ParsedPage Parse(string headline, string threadHeading) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("<HEADLINE>", headline).Replace("<THREADHEADING>", threadHeading)), "ferry.html");

    [Fact]
    public void A_frame_round_the_headline_whose_class_names_comments_is_no_thread()
    {
        var page = Parse("<h1>Harbour ferry returns for the summer</h1>", "<h3>2 Responses</h3>");

        Assert.Equal("Harbour ferry returns for the summer", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Mara Quinn", "Tom Reyes"], page.Comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_first_h1_that_heads_the_thread_is_no_headline_and_its_box_stays_the_thread()
    {
        var html = Page.Replace("content-with-comments", "content").Replace("<HEADLINE>", "<h2>Harbour ferry returns for the summer</h2>")
            .Replace("<THREADHEADING>", "<h1>2 Responses</h1>").Replace("ul class=\"thread\"", "div").Replace("</ul>", "</div>")
            .Replace("li class=\"comment\"", "div class=\"entry\"").Replace("</li>", "</div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal(["Mara Quinn", "Tom Reyes"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("""<h1 class="logo"><a href="/"><img src="/logo.png" alt="Example Herald" /></a></h1>""")]
    [InlineData("""<h1 class="site-title"><a href="https://www.example.com/">Example Herald</a></h1>""")]
    public void The_sites_logo_heading_over_the_frame_is_no_headline_and_the_frame_stays_the_frame(string logo)
    {
        var html = Page.Replace("<HEADLINE>", "<h1>Harbour ferry returns for the summer</h1>").Replace("<THREADHEADING>", "<h3>2 Responses</h3>")
            .Replace("<body>", "<body>" + logo);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");

        Assert.Equal("Harbour ferry returns for the summer", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Mara Quinn", "Tom Reyes"], page.Comments.Select(comment => comment.Author));
    }
}
