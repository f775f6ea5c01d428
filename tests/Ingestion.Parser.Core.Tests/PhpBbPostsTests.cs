using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhpBbPostsTests
{
    private const string Footer = "<div id=\"page-footer\"><ul class=\"linklist\"><li>The team &bull; Delete all board cookies &bull; All times are UTC - 5 hours</li></ul></div>";

    [Fact]
    public void The_posts_become_one_thread_of_name_date_and_text_where_the_first_stood()
    {
        using var document = Parse(
            "<div id=\"news-story\"><p>Story text.</p></div>"
            + Post("18830", "hollowrd", "Mon Mar 11, 2013 8:02 am", "My foundation has two new cracks since August.")
            + "<hr class=\"divider\" />"
            + Post("18841", "Tom Wexford", "Mon Mar 11, 2013 11:47 am", "Get the independent engineer in.<br /><br />The quarry employs 60 people.")
            + Footer);

        PhpBbPosts.Gather(document);

        var thread = document.QuerySelector("div.comments")!;
        Assert.Equal(["hollowrd", "Mon Mar 11, 2013 8:02 am UTC-05:00", "Tom Wexford", "Mon Mar 11, 2013 11:47 am UTC-05:00"],
            thread.QuerySelectorAll("div.comment > p").Select(line => line.TextContent));
        Assert.Equal(2, thread.QuerySelectorAll("div.comment").Length);
        Assert.Empty(document.QuerySelectorAll("div.post"));
        Assert.DoesNotContain("Report this post", thread.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Joined:", thread.TextContent, StringComparison.Ordinal);
        Assert.Equal("news-story", thread.PreviousElementSibling?.Id);
    }

    [Fact]
    public void A_quote_opening_a_post_is_its_first_paragraph_label_and_words_on_one_line()
    {
        using var document = Parse(Post("18852", "hollowrd", "Mon Mar 11, 2013 1:15 pm",
            "<blockquote><div><cite>Tom Wexford wrote:</cite>Get the independent engineer in.</div></blockquote>I did. He's coming Thursday."));

        PhpBbPosts.Gather(document);

        var content = document.QuerySelector("div.comments div.content")!;
        Assert.Equal("Tom Wexford wrote: Get the independent engineer in.", content.QuerySelector("p")?.TextContent);
        Assert.Null(content.QuerySelector("blockquote"));
    }

    [Fact]
    public void Without_the_boards_footer_the_posts_dates_stay_as_shown()
    {
        using var document = Parse(Post("1", "hollowrd", "Mon Mar 11, 2013 8:02 am", "Text."));

        PhpBbPosts.Gather(document);

        Assert.Equal("Mon Mar 11, 2013 8:02 am", document.QuerySelectorAll("div.comments div.comment > p")[1].TextContent);
    }

    [Theory]
    [InlineData("<div class=\"pagination\">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div>", 4)]
    [InlineData("<div class=\"pagination\">1 post &bull; Page <strong>1</strong> of <strong>1</strong></div>", 1)]
    [InlineData("<div class=\"pagination\">1,204 posts &bull; Page <strong>1</strong> of <strong>81</strong></div>", 1204)]
    [InlineData("<div class=\"pagination\">Page <strong>1</strong> of <strong>3</strong></div>", null)]
    [InlineData("", null)]
    public void The_topics_pagination_declares_the_number_of_posts(string pagination, int? declared)
    {
        using var document = Parse(pagination + Post("1", "hollowrd", "Mon Mar 11, 2013 8:02 am", "Text."));

        Assert.Equal(declared, PhpBbPosts.Gather(document));
    }

    [Fact]
    public void A_page_without_phpbb_posts_is_left_alone()
    {
        using var document = Parse("<div class=\"post\"><h2>Library hours extended</h2><div class=\"entry\"><p>Text.</p></div></div>"
            + "<div class=\"pagination\">4 posts &bull; Page 1 of 1</div>");

        Assert.Null(PhpBbPosts.Gather(document));
        Assert.Null(document.QuerySelector("div.comments"));
    }

    private static IDocument Parse(string body) => new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

    private static string Post(string id, string name, string date, string content) =>
        $"<div id=\"p{id}\" class=\"post bg2\"><div class=\"inner\"><div class=\"postbody\">"
        + $"<ul class=\"profile-icons\"><li class=\"report-icon\"><a href=\"./report.php?p={id}\" title=\"Report this post\"><span>Report this post</span></a></li></ul>"
        + $"<h3><a href=\"#p{id}\">Re: Quarry neighbors ask state to halt blasting</a></h3>"
        + $"<p class=\"author\"><a href=\"./viewtopic.php?p={id}\"><img src=\"icon_post_target.gif\" alt=\"Post\" title=\"Post\" /></a>by <strong><a href=\"./memberlist.php?u=1\">{name}</a></strong> &raquo; {date}</p>"
        + $"<div class=\"content\">{content}</div></div>"
        + $"<dl class=\"postprofile\"><dt><a href=\"./memberlist.php?u=1\">{name}</a></dt><dd><strong>Posts:</strong> 37</dd><dd><strong>Joined:</strong> Thu Jun 09, 2011 7:15 pm</dd></dl>"
        + "</div></div>";
}
