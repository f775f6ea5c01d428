using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhpBb2PostsTests
{
    private const string Footer = "<tr><td class=\"catBottom\" colspan=\"2\"><span class=\"gensmall\">All times are GMT - 7 Hours</span></td></tr>";

    [Fact]
    public void The_posts_become_one_thread_of_name_date_and_text_where_the_table_stood()
    {
        using var document = Parse("<div id=\"story\"><p>Story text.</p></div>"
            + Table(Post("goldcountry_gal", "Thu Sep 26, 2013 7:48 pm", "<span class=\"postbody\">Fix the pipes.</span>")
                + Post("Ridge Road Rick", "Thu Sep 26, 2013 9:02 pm", "<span class=\"postbody\">212 protests.<br /><br />Half of us threw it out.</span>")
                + Footer));

        PhpBb2Posts.Gather(document);

        var thread = document.QuerySelector("div.comments")!;
        Assert.Equal(["goldcountry_gal", "Thu Sep 26, 2013 7:48 pm UTC-07:00", "Ridge Road Rick", "Thu Sep 26, 2013 9:02 pm UTC-07:00"],
            thread.QuerySelectorAll("div.comment > p").Select(line => line.TextContent));
        Assert.Null(document.QuerySelector("table.forumline"));
        Assert.DoesNotContain("Joined:", thread.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Post subject", thread.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to top", thread.TextContent, StringComparison.Ordinal);
        Assert.Equal("story", thread.PreviousElementSibling?.Id);
    }

    [Fact]
    public void The_boards_footer_stays_in_the_page_outside_the_thread()
    {
        using var document = Parse(Table(Post("a", "Thu Sep 26, 2013 7:48 pm", "<span class=\"postbody\">Text.</span>") + Footer));

        PhpBb2Posts.Gather(document);

        Assert.Equal("All times are GMT - 7 Hours", document.QuerySelector("div.comments")?.NextElementSibling?.TextContent);
        Assert.Equal("UTC-07:00", BoardTimeZone.Of(document));
    }

    [Fact]
    public void A_quote_table_is_one_paragraph_of_label_and_quoted_words()
    {
        using var document = Parse(Table(Post("J. Faria", "Thu Sep 26, 2013 10:37 pm",
            "<span class=\"postbody\"></span><table><tr><td><span class=\"genmed\"><b>Ridge Road Rick wrote:</b></span></td></tr><tr><td class=\"quote\">212 protests out of how many?</td></tr></table>"
            + "<span class=\"postbody\">About 9,800 connections.</span>")));

        PhpBb2Posts.Gather(document);

        var comment = document.QuerySelector("div.comments div.comment")!;
        Assert.Equal("Ridge Road Rick wrote: 212 protests out of how many?", comment.QuerySelectorAll("p")[2].TextContent);
        Assert.Contains("About 9,800 connections.", comment.TextContent, StringComparison.Ordinal);
        Assert.Null(comment.QuerySelector("td.quote"));
    }

    [Theory]
    [InlineData("<font>4 replies &middot; <a href=\"/forum/viewtopic.php?t=3307\">Go to this topic</a></font><br><br>", 4)]
    [InlineData("<font>1 reply</font>", 1)]
    [InlineData("<table class=\"commentbar\"><tr><td class=\"commentbar1\">Reader comments (4)</td><td><a href=\"comment.php\">Post a comment</a></td></tr></table>", 4)]
    [InlineData("<font>Discuss this article</font>", null)]
    [InlineData("", null)]
    public void The_line_over_the_table_declares_the_number_of_replies(string line, int? declared)
    {
        using var document = Parse(line + Table(Post("a", "Thu Sep 26, 2013 7:48 pm", "<span class=\"postbody\">Text.</span>")));

        Assert.Equal(declared, PhpBb2Posts.Gather(document));
    }

    [Fact]
    public void A_forumline_table_without_posts_is_left_alone()
    {
        using var document = Parse("<table class=\"forumline\"><tr><th>Forum</th><th>Topics</th></tr><tr><td><span class=\"forumlink\">Local news</span></td><td>312</td></tr></table>");

        Assert.Null(PhpBb2Posts.Gather(document));
        Assert.NotNull(document.QuerySelector("table.forumline"));
        Assert.Null(document.QuerySelector("div.comments"));
    }

    private static IDocument Parse(string body) => new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

    private static string Table(string rows) =>
        $"<table class=\"forumline\"><tr><th class=\"thLeft\">Author</th><th class=\"thRight\">Message</th></tr>{rows}</table>";

    private static string Post(string name, string date, string body) =>
        $"<tr><td class=\"row1\"><span class=\"name\"><a name=\"1\"></a><b>{name}</b></span><br /><span class=\"postdetails\">Joined: 02 Jun 2009<br />Posts: 312</span></td>"
        + $"<td class=\"row1\"><table><tr><td><span class=\"postdetails\">Posted: {date}<span class=\"gen\">&nbsp;</span>&nbsp; &nbsp;Post subject: Re: Water rates</span></td>"
        + "<td><a href=\"posting.php?mode=quote\"><img alt=\"Reply with quote\" /></a></td></tr><tr><td colspan=\"2\"><hr /></td></tr>"
        + $"<tr><td colspan=\"2\">{body}<span class=\"gensmall\"></span></td></tr></table></td></tr>"
        + "<tr><td class=\"row1\"><span class=\"nav\"><a href=\"#top\">Back to top</a></span></td><td class=\"row1\"><a href=\"profile.php\"><img alt=\"View user's profile\" /></a></td></tr>";
}
