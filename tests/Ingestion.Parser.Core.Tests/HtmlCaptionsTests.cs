using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlCaptionsTests
{
    [Theory]
    [InlineData("<img src=\"a.jpg\" alt=\"\"><div class=\"cnn_strylccimg300cap\"><p>The president speaks on Tuesday.</p></div>", "The president speaks on Tuesday.")]
    [InlineData("<img src=\"a.jpg\" alt=\"\"><div class=\"imgcap\">Smoke rises over the mall.</div>", "Smoke rises over the mall.")]
    public void A_short_cap_class_under_the_picture_is_its_caption(string markup, string caption)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + markup + "</div></body></html>");
        Assert.Equal([caption], HtmlCaptions.Read(document));
    }

    [Fact]
    public void An_element_whose_id_names_the_caption_field_is_a_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"newsImageContainer\"><a href=\"i\"><img src=\"a.jpg\" alt=\"\" /><br /><p class=\"discreet\">"
            + "<span id=\"parent-fieldname-imageCaption\" class=\"\">The boiler room at Berlin Middle School. (Photo: Julia Halvorsen/UFPM)</span></p></a></div></body></html>");
        Assert.Equal(["The boiler room at Berlin Middle School. (Photo: Julia Halvorsen/UFPM)"], HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_box_whose_id_names_captions_but_holds_elements_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"captionSettings\"><p>Turn captions on</p><p>Turn captions off</p></div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_caption_and_its_credit_stacked_in_a_box_under_the_picture_are_read_apart()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"img\"><a class=\"img__cntr\"><picture><img src=\"a.jpg\" alt=\"\"></picture></a>"
            + "<div class=\"img__cont\"><div class=\"img__copy\">Herons nesting on the north shore.</div>"
            + "<div class=\"img__author\">Photograph by <span>Lena Brook, Shore Trust</span></div></div></div></body></html>");
        Assert.Equal(["Herons nesting on the north shore. Photograph by Lena Brook, Shore Trust"], HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_recap_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div><img src=\"a.jpg\" alt=\"\"><div class=\"game-recap\">Lions win 3-1.</div></div></body></html>");
        Assert.Empty(HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_caption_box_read_with_its_credit_gives_no_second_entry_for_the_text_inside_it()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div><img src=\"a.jpg\" alt=\"\"><div class=\"caption-container\"><div class=\"caption-text\">Neighbours hold candles on Wednesday.</div>"
            + "<div class=\"photo-byline\">Lena Sorvino/Courier-Press</div></div></div></body></html>");
        Assert.Equal(["Neighbours hold candles on Wednesday. Lena Sorvino/Courier-Press"], HtmlCaptions.Read(document));
    }

    [Theory]
    [InlineData("caption__source")]
    [InlineData("caption-credit")]
    public void A_source_span_glued_to_the_caption_span_reads_apart_from_its_last_word(string className)
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><picture><img src=\"a.jpg\" alt=\"\"></picture><figcaption class=\"caption\">"
            + "<span class=\"caption__container\">Ferries wait off the harbour wall on Friday.</span><span class=\"" + className + "\">Lena Brook / Shore Trust</span>"
            + "</figcaption></figure></body></html>");
        Assert.Equal(["Ferries wait off the harbour wall on Friday. Lena Brook / Shore Trust"], HtmlCaptions.Read(document));
    }
}
