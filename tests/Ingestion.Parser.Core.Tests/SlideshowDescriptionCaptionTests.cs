using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlideshowDescriptionCaptionTests
{
    private const string Caption = "Workers lift the new bell into the tower of the town hall on Monday, Oct. 3, 2016. (Name Surname/Town Press via AP)";

    private const string Page = $$"""
        <html><head><title>Town hall bell rings again after 40 years</title></head><body>
        <header><h1>Town hall bell rings again after 40 years</h1></header>
        <article>
        <div class="slideshow-carousel"><ul><li><figure class="slideshow-figure"><img src="/bell.jpg" alt="{{Caption}}"></figure></li></ul></div>
        <div class="slide-info"><div><span>1 / 4</span></div>
        <div><h1 class="slideshow-headline">{{Caption}}</h1><div class="slideshow-description">{{Caption}}</div></div></div>
        <div class="story-body">
        <p>The bell of the town hall rang on Monday for the first time in forty years, after a crane lifted it back into the restored tower.</p>
        <p>Hundreds of people gathered in the square below to hear it, and the mayor rang it herself at noon, to applause from the crowd.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_slideshows_description_is_the_caption_and_its_repeating_headline_goes()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.html");

        Assert.Equal([Caption], page.Captions);
        Assert.Equal("Town hall bell rings again after 40 years", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("<div class=\"gallery\"><img src=\"/a.jpg\"><div class=\"gallery_desc\">The harbour at dawn.</div></div>", true)]
    [InlineData("<div class=\"box\"><div class=\"slideshow-description\">Twenty pictures of the harbour through the year.</div></div>", false)]
    [InlineData("<div class=\"gallery\"><img src=\"/a.jpg\"><div class=\"description\">The harbour at dawn.</div></div>", false)]
    [InlineData("<div class=\"gallery\"><img src=\"/a.jpg\"><div class=\"slideshow-description\"><p>One.</p><p>Two.</p></div></div>", false)]
    public void Only_a_slide_description_near_the_slides_picture_is_a_caption(string html, bool caption)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var box = document.QuerySelector(".gallery_desc, .slideshow-description, .description")!;

        Assert.Equal(caption, SlideshowDescriptionCaption.Is(box));
    }
}
