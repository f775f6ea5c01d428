using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PipedLabelTests
{
    [Fact]
    public void The_tags_after_a_pipe_in_a_posted_in_row_are_the_tags_not_the_section()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"asset-tags\">Posted in <a href=\"/news/\">Education</a> on Thursday, September 26, 2013 10:40 pm. | Tags: "
            + "<a href=\"/search/?k=a\">School Buses</a>, <a href=\"/search/?k=b\">Redline Transit</a></div></body></html>");
        Assert.Equal(["School Buses", "Redline Transit"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_row_without_a_label_after_its_pipe_has_none()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"r\">Posted in <a href=\"/news/\">Education</a> | Updated: 8:15 am</div></body></html>");
        Assert.Null(PipedLabel.After(document.GetElementById("r")!));
    }

    [Fact]
    public void A_known_label_after_a_middle_dot_heads_the_links_without_its_colon()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p class=\"meta\">Published <time datetime=\"2021-03-03\">3 March 2021</time> · Tagged with "
            + "<a href=\"/blog/tags/tides\" class=\"tag\">tides</a> <a href=\"/blog/tags/gauges\" class=\"tag\">gauges</a></p></body></html>");
        Assert.Equal(["tides", "gauges"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void A_label_without_colon_after_a_pipe_still_heads_nothing()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"r\">Posted in <a href=\"/news/\">Education</a> | Tagged with</div></body></html>");
        Assert.Null(PipedLabel.After(document.GetElementById("r")!));
    }
}
