using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TheiaStickySidebarTests
{
    private const string Text =
        "<p>The harbour board voted on Tuesday to keep the night ferry running through the winter, reversing its plan of last spring.</p>"
        + "<p>Members said the island's two schools and its clinic depended on the late crossing for staff who live on the mainland.</p>"
        + "<p>The operator will add a second deckhand from December, paid for by a grant the board secured from the regional fund.</p>";

    private static string Headlines(int count)
    {
        var cards = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            cards.Append($"<a href=\"/story-{i}/\"><div class=\"list-text\"><div class=\"cat-date\"><span>HARBOUR</span><span>{i} weeks ago</span></div>")
                .Append($"<h2>Harbour story number {i} about the pier, the tides and the new timetable for the islands</h2></div></a>");
        }

        return cards.ToString();
    }

    [Fact]
    public void A_column_named_a_sidebar_only_by_the_sticky_sidebar_plugin_is_no_text()
    {
        var page = Parse(
            "<article id=\"article-wrap\" itemscope itemtype=\"http://schema.org/NewsArticle\">"
            + $"<div id=\"post-main\"><div class=\"post-main-out\"><div id=\"content-main\">{Text}</div></div>"
            + "<div id=\"side-wrap\" class=\"left relative theiaStickySidebar\"><section class=\"side-widget tabber_widget\">"
            + $"<ul><li><a href=\"#tab1\"><span>Latest</span></a></li><li><a href=\"#tab2\"><span>Popular</span></a></li></ul>{Headlines(12)}</section></div></div></article>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Latest", page.BodyParagraphs);
    }

    [Fact]
    public void A_text_column_that_carries_the_plugins_class_keeps_its_text()
    {
        var page = Parse($"<div class=\"content-column theiaStickySidebar\"><article><div class=\"entry-content\">{Text}</div></article></div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    private static ParsedPage Parse(string body) =>
        PageParser.Parse(
            Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>Night ferry saved</title></head><body><h1>Night ferry saved</h1>{body}</body></html>"),
            "page.html");
}
