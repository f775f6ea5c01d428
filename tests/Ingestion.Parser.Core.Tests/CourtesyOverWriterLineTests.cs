using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CourtesyOverWriterLineTests
{
    private static ParsedPage Parse(string opening) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Forest plan helps climate - The Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger"></head><body>
        <article><h1>Forest plan helps climate</h1>
        <div class="post-content">
        {{opening}}
        <p>Communities that hold their forest land have kept it standing far better than others, a new paper finds.</p>
        <p>The paper mapped tenure across fifty countries and compared the loss of intact forest on each kind of land.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_source_credit_over_the_writers_line_opening_the_text_is_neither_caption_nor_text()
    {
        var page = Parse("""<p><em>Courtesy of Woodland News </em></p><p><em>Written by: <a href="https://example.org/a">Julie Brand</a></em></p>""");

        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Communities", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("Courtesy of Woodland News", true)]
    [InlineData("Republished courtesy of The Coast Review", true)]
    [InlineData("Courtesy of the family, the photo shows the farm in 1950.", false)]
    [InlineData("Courtesy of neighbours helped the town through the storm", false)]
    [InlineData("Photo courtesy of Dana Ruiz", false)]
    public void A_source_credit_is_courtesy_of_a_named_source(string line, bool courtesy) =>
        Assert.Equal(courtesy, CourtesyOverWriterLine.IsCourtesy(line));

    [Fact]
    public void A_courtesy_line_over_a_paragraph_of_text_is_left_to_the_other_readers()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html><body><div><p>Courtesy of Woodland News</p><p>Communities that hold their forest land kept it standing.</p></div></body></html>
            """);
        CourtesyOverWriterLine.Remove(document.Body!);

        Assert.Equal(2, document.QuerySelectorAll("p").Length);
    }
}
