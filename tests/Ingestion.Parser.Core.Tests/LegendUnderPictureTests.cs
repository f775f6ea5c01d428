using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LegendUnderPictureTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Teacher Paints Mural on School Wall, Town Splits Over It</title></head><body>
        <h1 class="headline">Teacher Paints Mural on School Wall, Town Splits Over It</h1>
        <div class="body yom-art-content">
        <p>An art teacher who painted a mural on the wall of her school's gym says she did not expect the picture to divide the town.</p>
        <p>The mural shows the harbour at dawn, with the fishing fleet going out past the breakwater and the old lighthouse.</p>
        {figure}
        <p>Some parents wrote to the school board to say the wall should have stayed white, while others offered to pay for the paint.</p>
        <p>The board will take up the matter at its meeting next month, the superintendent said on Tuesday.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_legend_under_the_figure_is_its_caption()
    {
        var page = Parse("""
            <div class="yom-figure"><figure class="cover"><img src="/img/mural.jpg" alt="Ana Ruiz"></figure>
            <p class="legend">Ana Ruiz</p></div>
            """);

        Assert.Equal(["Ana Ruiz"], page.Captions);
        Assert.DoesNotContain("Ana Ruiz", page.BodyParagraphs);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_legend_right_under_the_picture_is_its_caption()
    {
        var page = Parse("""<div class="photo"><img src="/img/mural.jpg" alt=""><div class="legend">The mural at dawn.</div></div>""");

        Assert.Equal(["The mural at dawn."], page.Captions);
    }

    [Fact]
    public void A_legend_with_no_picture_above_it_is_left_alone()
    {
        var page = Parse("""<div class="chart"><div class="legend">Blue: parents for the mural</div></div>""");

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_licence_line_opening_with_a_legend_span_under_the_picture_is_its_caption_with_the_credit()
    {
        var page = Parse("""
            <img src="/img/mural.jpg" alt="mural"><p class="media-license"><span class="media-legend">The mural at dawn, seen from the harbour. </span><span class="media-license-info">&copy; </span><span class="media-license-author">Harbour Press</span></p>
            """);

        Assert.Equal(["The mural at dawn, seen from the harbour. © Harbour Press"], page.Captions);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_line_opening_with_a_legend_span_far_from_any_picture_is_left_alone()
    {
        var page = Parse("""<div class="chart-box"><p class="chart-key"><span class="chart-legend">Blue: parents for the mural</span></p></div>""");

        Assert.Empty(page.Captions);
    }
}
