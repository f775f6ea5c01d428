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
}
