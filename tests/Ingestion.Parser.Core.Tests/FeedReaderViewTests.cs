using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FeedReaderViewTests
{
    private const string Feed = "Table Talk - The Cass County Ledger";

    private static string Entry(string title, string feed, string meta, string text) =>
        "<div class=\"entry\"><div class=\"entry-header\"><h2><a href=\"http://www.example.com/post\">" + title + "</a></h2>"
        + "<div class=\"entry-meta\"><span>from <a href=\"#/feed/1\">" + feed + "</a></span> " + meta + "</div></div>"
        + "<div class=\"entry-body\"><p>" + text + "</p></div></div>";

    private static FeedReaderView.Post? Read(string heading, out string bodyText)
    {
        using var document = new HtmlParser().ParseDocument("<html><head><title>(12) Readerly</title></head><body>"
            + "<div id=\"top\"><a id=\"logo\" href=\"/\">Readerly</a></div><h1>" + heading + "</h1>"
            + Entry("Farewell to the Blue Plate", Feed, "<span>by Ann Lee</span> <span>Sep 27, 2013 4:10 PM</span>", "The diner closes.")
            + Entry("By: Linda Marsh", "Comments on: Farewell to the Blue Plate", "<span>Sep 27, 2013 5:02 PM</span>", "Sad news.")
            + "</body></html>");
        var post = FeedReaderView.Read(document);
        bodyText = document.Body!.TextContent;
        return post;
    }

    [Fact]
    public void The_post_under_the_feed_heading_gives_title_time_and_the_paper()
    {
        var post = Read(Feed, out var bodyText);

        Assert.NotNull(post);
        Assert.Equal("Farewell to the Blue Plate", post.Title);
        Assert.Equal("2013-09-27T16:10:00", post.PublishedAt);
        Assert.Equal("The Cass County Ledger", post.Site);
        Assert.Single(post.Comments);
        Assert.DoesNotContain("Sad news.", bodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(Feed, bodyText.Replace("from " + Feed, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_h1_names_no_entry_feed_is_no_reader_view()
    {
        Assert.Null(Read("Farewell to the Blue Plate", out var bodyText));
        Assert.Contains("Sad news.", bodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_without_a_paper_after_its_name_is_its_own_publication()
    {
        Assert.Equal("The Cass County Ledger", FeedReaderView.PublicationOf(Feed));
        Assert.Equal("Capitol Wire Politics", FeedReaderView.PublicationOf("Capitol Wire Politics"));
    }
}
