using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LegendEchoingPictureTextTests
{
    private const string LongCaption = "Walkers cross the ridge path above the reservoir on the first dry morning of the spring, "
        + "some of them carrying the flags of the hiking club that has kept the path open for forty years, while a shepherd "
        + "moves his flock down towards the valley farms. The path was closed for most of the winter after a landslip near "
        + "the old quarry, and volunteers rebuilt two of its bridges by hand. Upper Dale - 14 April 2018";

    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ridge Path Reopens After Winter Landslip</title></head><body>
        <h1 class="title">Ridge Path Reopens After Winter Landslip</h1>
        <div class="content-article">
        <p>The ridge path above the reservoir reopened on Saturday, five months after a landslip closed it near the old quarry.</p>
        <p>Volunteers from the hiking club spent most of the winter weekends rebuilding the two footbridges by hand.</p>
        <p><span>{figure}</span></p>
        <p>The county council said it would pay for new signs at both ends of the path before the summer holidays begin.</p>
        <p>Walkers are asked to keep dogs on a lead while the sheep are brought down to the valley farms.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_long_legend_repeating_the_pictures_alt_text_is_its_caption()
    {
        var page = Parse($"""<div class="media media-image"> <img src="/img/ridge.jpg" alt="{LongCaption}" title="{LongCaption}" class="preview" /> <span class="legend">{LongCaption}</span> </div>""");

        Assert.True(LongCaption.Length > 300);
        Assert.Equal([LongCaption], page.Captions);
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_long_legend_the_picture_does_not_repeat_is_left_alone()
    {
        var page = Parse($"""<div class="media media-image"> <img src="/img/ridge.jpg" alt="ridge-path-0412" class="preview" /> <span class="legend">{LongCaption}</span> </div>""");

        Assert.Empty(page.Captions);
    }
}
