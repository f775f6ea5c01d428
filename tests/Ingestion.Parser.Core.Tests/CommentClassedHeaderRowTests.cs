using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentClassedHeaderRowTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Post</title></head><body>
        <article class="post hentry"><header class="entry-header"><h1 class="entry-title">Ferry Back in Service After the Storm</h1>
        {{row}}
        </header>
        <div class="entry-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_byline_row_beside_the_headline_classed_for_the_comment_widget_names_the_writer()
    {
        var page = Parse("""<div class="entry-meta harbour-social-comments"> By <span class="author vcard"><a rel="author" class="url fn n" href="http://x.test/author/marta-olsen/">Marta Olsen</a></span> &#x2022; <span class="entry-date">3/14/17 9:05am</span></div>""");
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Fact]
    public void A_comment_box_away_from_the_headline_still_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry back | Harbour Post</title></head><body>
            <article class="post hentry"><h1 class="entry-title">Ferry Back in Service After the Storm</h1>
            <div class="entry-content">
            <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
            <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
            </div></article>
            <section class="comments-area"><div class="comment"><span class="author vcard"><a rel="author" class="url fn n" href="http://x.test/author/piet-berg/">Piet Berg</a></span></div></section>
            </body></html>
            """), "ferry.html");
        Assert.DoesNotContain("Piet Berg", page.Authors);
    }
}
