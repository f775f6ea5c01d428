using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonLeadInOverTeaserRunTests
{
    [Fact]
    public void A_colon_line_over_a_run_of_link_paragraphs_in_the_text_goes_with_them()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><p>The bakery opened its second shop in the old station last spring.</p><hr>"
            + "<p>More <a href='/series'>Town Makers</a> profiles, which each month meet a different local founder:</p>"
            + "<p><a href='/a'>How a cobbler kept the high street going</a></p>"
            + "<p><a href='/b'>The florist who delivers by bicycle</a></p>"
            + "<p><a href='/c'>A printer's third generation</a></p><hr>"
            + "<p>Next year the owners plan a café beside the ovens.</p></article></body></html>");
        var root = document.QuerySelector("article")!;

        HtmlFurniture.RemoveTeaserParagraphs(root);

        var paragraphs = root.QuerySelectorAll("p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal("The bakery opened its second shop in the old station last spring.", paragraphs[0].TextContent);
        Assert.Equal("Next year the owners plan a café beside the ovens.", paragraphs[1].TextContent);
    }

    [Fact]
    public void A_colon_line_over_one_link_or_over_prose_stays()
    {
        using var oneLink = new HtmlParser().ParseDocument(
            "<html><body><article><p>The bakery opened its second shop in the old station last spring.</p>"
            + "<p>The council's full planning report can be read here:</p>"
            + "<p><a href='/report'>Station building: change of use</a></p>"
            + "<p>Next year the owners plan a café beside the ovens.</p></article></body></html>");
        var oneLinkRoot = oneLink.QuerySelector("article")!;
        HtmlFurniture.RemoveTeaserParagraphs(oneLinkRoot);
        Assert.Contains("The council's full planning report can be read here:", oneLinkRoot.TextContent, StringComparison.Ordinal);

        using var prose = new HtmlParser().ParseDocument(
            "<html><body><article><p>The owner put it simply:</p>"
            + "<p>\"We bake what the town wants, and it wants rye.\"</p>"
            + "<p><a href='/a'>How a cobbler kept the high street going</a></p>"
            + "<p><a href='/b'>The florist who delivers by bicycle</a></p></article></body></html>");
        var proseRoot = prose.QuerySelector("article")!;
        HtmlFurniture.RemoveTeaserParagraphs(proseRoot);
        Assert.Equal(2, proseRoot.QuerySelectorAll("p").Length);
        Assert.Contains("The owner put it simply:", proseRoot.TextContent, StringComparison.Ordinal);
    }
}
