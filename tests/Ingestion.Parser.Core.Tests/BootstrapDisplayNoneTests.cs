using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BootstrapDisplayNoneTests
{
    [Theory]
    [InlineData("d-none d-print-block", true)]
    [InlineData("d-none", true)]
    [InlineData("mb-4 d-none d-lg-none", true)]
    [InlineData("article-sidebar d-none d-lg-block d-print-none", false)]
    [InlineData("d-none d-md-flex", false)]
    [InlineData("d-print-none", false)]
    [InlineData("nav-link", false)]
    [InlineData(null, false)]
    public void Bootstrap_hides_what_d_none_hides_on_every_screen(string? className, bool hidden) =>
        Assert.Equal(hidden, BootstrapDisplayNone.Hides(className));

    [Fact]
    public void A_block_shown_only_on_paper_renders_no_line()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"root\"><p>The dig ended in May.</p><div class=\"d-none d-print-block\"><div>Citation: The dig (2019, May 2) retrieved 3 May 2019</div></div>"
            + "<div class=\"d-none d-lg-block\"><p>Shown on wide screens.</p></div></div></body></html>");

        var lines = HtmlText.Lines(document.GetElementById("root")!).Select(line => line.Text);

        Assert.Equal(["The dig ended in May.", "Shown on wide screens."], lines);
    }
}
