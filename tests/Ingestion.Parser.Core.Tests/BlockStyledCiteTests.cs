using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A cite the page's own style sets as a block is a line of its own: a caption's credit under its words.</summary>
public class BlockStyledCiteTests
{
    private static List<string> Lines(string caption)
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"r\"><div class='img220 imgbox'><a class='fancybox' href='/images/xl/quay.jpg'><img class='img220' src='/images/quay.jpg'/></a>"
            + $"<p class='img-text'>{caption}</p></div></div></body></html>");
        return HtmlText.Lines(document.GetElementById("r")!).Select(line => line.Text.Trim()).Where(text => text.Length > 0).ToList();
    }

    [Fact]
    public void A_cite_styled_as_a_block_under_a_captions_words_is_a_line_of_its_own()
    {
        Assert.Equal(
            ["The harbour master inspects the quay after the storm: ...", "Archive photo: HN"],
            Lines("The harbour master inspects the quay after the storm: ...<cite style=\"display:block;\">Archive photo: HN</cite>"));
    }

    [Fact]
    public void A_cite_without_that_style_runs_on_as_written()
    {
        Assert.Equal(
            ["The harbour master reads from Tides of the Bay to the pupils."],
            Lines("The harbour master reads from <cite>Tides of the Bay</cite> to the pupils."));
    }
}
