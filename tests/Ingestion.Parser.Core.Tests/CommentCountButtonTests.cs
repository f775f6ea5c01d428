using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A comments button's bare count, over a thread that loads on a click, is the declared count (CommentCountButton).</summary>
public class CommentCountButtonTests
{
    private const string Story =
        "<article><h1>Ferry fares rise in five states</h1><p class=\"byline\">By Mara Quill</p>"
        + "<p>Ferry fares will rise in five coastal states from Monday, operators said on Tuesday, the first increase in a decade.</p>"
        + "<p>The operators blamed fuel prices and the cost of repairing piers damaged in last winter's storms along the coast.</p></article>";

    private static ParsedPage Parse(string body) => PageParser.Parse(
        Encoding.UTF8.GetBytes($"<!doctype html><html><head><meta charset=\"utf-8\"><title>Ferry fares rise in five states</title></head><body>{body}</body></html>"),
        "fares.html", "text/html");

    [Fact]
    public void The_number_in_a_comments_buttons_count_element_is_the_declared_count()
    {
        var page = Parse("<div class=\"tool-bar\"><div class=\"tool-btn tool-btn-comments\"><span class=\"tool-bar-comment-count\">\n 1,181\n </span></div></div>"
            + Story + "<span class=\"share-count share-count-comments\">1,181</span><span>COMMENT</span>");

        Assert.Equal(1181, page.DeclaredCommentCount);
        Assert.Equal(["page declares 1181 comments, found 0"], page.Warnings);
    }

    [Fact]
    public void Counts_that_differ_stand_in_a_rail_or_sit_in_a_link_declare_nothing()
    {
        var differing = Parse(Story + "<span class=\"comment-count\">12</span><span class=\"comment-count\">40</span>");
        var railed = Parse(Story + "<div class=\"right-rail\"><a href=\"/other\">Pier repairs begin</a> <span class=\"comment-count\">40</span></div>");
        var linked = Parse(Story + "<a href=\"https://courier.example/pier-repairs#comments\"><span class=\"comment-count\">40</span></a>");

        Assert.Null(differing.DeclaredCommentCount);
        Assert.Null(railed.DeclaredCommentCount);
        Assert.Null(linked.DeclaredCommentCount);
    }

    [Fact]
    public void A_tool_bars_comments_info_count_beside_its_icon_is_the_declared_count()
    {
        var page = Parse("<div class=\"tool-bar\"><div class=\"tool-btn\"><svg width=\"24\" height=\"24\"><path d=\"M3 5Z\"></path></svg>"
            + "<span class=\"comments-info\">0</span></div></div>" + Story);

        Assert.Equal(0, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_comments_info_box_holding_words_declares_nothing()
    {
        var page = Parse(Story + "<div class=\"tool-bar\"><div class=\"tool-btn\"><span class=\"comments-info\">Share</span><span class=\"comments-info\"><span>Posted</span> 12</span></div></div>");

        Assert.Null(page.DeclaredCommentCount);
    }
}
