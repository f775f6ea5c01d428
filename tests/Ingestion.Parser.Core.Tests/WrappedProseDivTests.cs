using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WrappedProseDivTests
{
    [Fact]
    public void A_chapter_of_paragraph_divs_in_spacing_divs_is_the_text_not_the_writers_note()
    {
        var page = SerialChapterPage.Parse();

        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.StartsWith("“You kept the key all winter?”", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Below them the ferry", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_div_holding_text_among_blank_ones_is_the_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"w\"><div>&#160;</div><div><span>The ferry turned into the bay.</span></div></div></body></html>");

        Assert.Equal("The ferry turned into the bay.", WrappedProseDiv.Inner(document.GetElementById("w")!)?.TextContent);
    }

    [Fact]
    public void A_wrapper_of_two_texts_or_with_text_of_its_own_is_none()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"a\"><div>One line.</div><div>Another line.</div></div><div id=\"b\">Own words <div>and a line.</div></div></body></html>");

        Assert.Null(WrappedProseDiv.Inner(document.GetElementById("a")!));
        Assert.Null(WrappedProseDiv.Inner(document.GetElementById("b")!));
    }
}
