using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>HtmlCommentSection's widening: a counter's icon link and number link, both to the thread, in the byline row.</summary>
public class IconBesideCountLinkTests
{
    private static ParsedPage Parse(string counter) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour Cranes Return - Bay Courier</title>
        <meta property="og:url" content="https://bay.example/harbour-cranes-return-2014-12">
        <meta property="og:site_name" content="Bay Courier"></head>
        <body><div class="content post"><h1>Harbour Cranes Return To The Old Quay</h1>
        <div class="byline"><ul>
        <li class="date">Dec. 29, 2014, 5:04 PM</li>
        {counter}
        </ul></div>
        <div class="post-content">
        <p>The two cranes that stood on the old quay for forty years were lifted back onto their rails on Tuesday after a year in the yard.</p>
        <p>The port authority said the cranes would load timber again from the spring, and that the quay would stay open to walkers at weekends.</p>
        </div>
        <div id="comments-container"><div class="comments-loading"><span>Loading</span></div><div class="comments-content"></div></div>
        </div></body></html>
        """), "cranes.html", "text/html");

    [Fact]
    public void The_count_beside_the_counter_icon_is_declared()
    {
        var page = Parse("""
            <li title="Read comments" class="comments"><a href="https://bay.example/harbour-cranes-return-2014-12#comments" class="comments-icon"></a>
            <a class="comment_count" href="https://bay.example/harbour-cranes-return-2014-12#comments">5</a></li>
            """);
        Assert.Equal(5, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void A_count_linking_elsewhere_declares_nothing()
    {
        var page = Parse("""
            <li title="Read comments" class="comments"><a href="https://bay.example/other-story-2014-12#comments" class="comments-icon"></a>
            <a class="comment_count" href="https://bay.example/other-story-2014-12#comments">5</a></li>
            """);
        Assert.Null(page.DeclaredCommentCount);
    }
}
