using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TimeInHeadlineTests
{
    [Fact]
    public void A_date_in_the_headline_moves_to_a_line_of_its_own_under_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><h1><a href=\"/issues/48\">Issue 48 &nbsp;<i><time datetime=\"2019-05-02\">May 2nd 2019</time></i></a></h1></body></html>");

        TimeInHeadline.MoveOut(document);

        Assert.Equal("Issue 48", Whitespace.Collapse(document.QuerySelector("h1")!.TextContent).Trim());
        Assert.Equal("May 2nd 2019", document.QuerySelector("h1 + div")!.TextContent);
    }

    [Theory]
    [InlineData("<h1><time datetime=\"2019-05-02\">May 2nd 2019</time></h1>")]
    [InlineData("<h1>Tide tables <time>for the long weekend and the week after it, harbour by harbour</time></h1>")]
    [InlineData("<h2>Issue 48 <time datetime=\"2019-05-02\">May 2nd 2019</time></h2>")]
    public void A_headline_that_is_only_a_date_a_time_element_of_words_or_another_heading_stays(string heading)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + heading + "</body></html>");
        var before = document.Body!.InnerHtml;

        TimeInHeadline.MoveOut(document);

        Assert.Equal(before, document.Body.InnerHtml);
    }

    [Fact]
    public void A_newsletter_issue_is_titled_without_its_date()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour Dev Weekly - Issue 48</title></head><body>
            <article class="issue"><header><h1><a href="/issues/48">Issue 48 &nbsp;<i><time class="published" datetime="2019-05-02">May 2nd 2019</time></i></a></h1></header>
            <div class="issue__body">
            <p>Three good links this week about queues, and one about the tide gauge that started this newsletter years ago.</p>
            <p>The second link explains back pressure better than any book I have read, so start there if you have little time.</p>
            </div></article></body></html>
            """), "issue.html");

        Assert.Equal("Issue 48", page.Title);
        Assert.Equal("2019-05-02", page.PublishedAt);
    }
}
