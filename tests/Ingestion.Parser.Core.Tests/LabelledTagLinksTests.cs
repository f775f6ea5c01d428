using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledTagLinksTests
{
    [Fact]
    public void An_add_interest_row_lists_its_topics_without_its_own_button()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"add_interest\"><span class=\"label\">Add Interest:</span> <a href=\"#\">John Kerry</a> <a href=\"#\">Iran</a>"
            + "<a href=\"#\" class=\"add_interest_button\">Add Interest</a></div></body></html>");
        Assert.Equal(["John Kerry", "Iran"], LabelledTagLinks.Find(document));
    }
}
