using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentNameBadgesTests
{
    [Fact]
    public void A_pick_badge_right_before_the_name_span_is_no_part_of_the_name()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"badge htmPick\">Times Pick</span> <span class=\"commenterName\">Ellen Sturgis</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Equal("Ellen Sturgis", Whitespace.Collapse(container.TextContent).Trim());
    }

    [Fact]
    public void A_badge_set_apart_from_the_name_by_words_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"badge\">Times Pick</span> chosen for <span class=\"commenterName\">Ellen Sturgis</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Contains("Times Pick", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writers_role_after_the_name_link_is_no_part_of_the_name()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><a class=\"author\" href=\"/p/d\">Dana Reyes</a> <span class=\"role\">Contributor</span> <span>9/26/2013 @ 1:37PM</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.DoesNotContain("Contributor", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_span_with_no_name_before_it_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><p>Text.</p><span class=\"role\">Contributor</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Contains("Contributor", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staff_badge_after_the_author_span_is_no_part_of_the_name()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"d-comment__author\"><a href=\"/p/1\">Imogen Fairley</a></span><span class=\"d-comment__staff\">Staff</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Equal("Imogen Fairley", container.TextContent);
    }

    [Fact]
    public void A_staff_span_after_a_plain_span_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"intro\">Written by our</span><span class=\"staff\">Staff</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Contains("Staff", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_association_badge_after_the_login_is_no_part_of_the_name()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><a class=\"gsc-comment-author-avatar\" href=\"https://github.com/priyadesai\"><span>priyadesai</span></a><span class=\"gsc-comment-author-association\">Author</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentNameBadges.Remove(container);
        Assert.Equal("priyadesai", container.TextContent);
    }
}
