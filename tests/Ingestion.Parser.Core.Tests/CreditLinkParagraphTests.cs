using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditLinkParagraphTests
{
    [Fact]
    public void A_lone_linked_credit_under_the_text_stays_for_the_caption_rules()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><p>Next year the owners plan a café beside the ovens.</p>"
            + "<p><a href='https://www.shutterstock.com/image-photo/bread-oven-123'>Shutterstock</a></p>"
            + "<p><a href='https://agency.example/pictures/456'>Getty Images</a></p>"
            + "<p><a href='/stories/rye'>Rye bread returns</a></p></article></body></html>");
        var root = document.QuerySelector("article")!;

        HtmlFurniture.RemoveTeaserParagraphs(root);

        var paragraphs = root.QuerySelectorAll("p").Select(paragraph => paragraph.TextContent).ToList();
        Assert.Equal(["Next year the owners plan a café beside the ovens.", "Shutterstock", "Getty Images"], paragraphs);
    }

    [Fact]
    public void A_linked_headline_a_labelled_gallery_or_a_link_with_words_beside_it_is_no_credit()
    {
        using var document = new HtmlParser().ParseDocument(
            "<p id='headline'><a href='/stories/ferry'>Ferry pilots strike again</a></p>"
            + "<p id='gallery'><a href='/photos/ferry'>Photos: Ferry day</a></p>"
            + "<p id='beside'>See <a href='https://www.shutterstock.com/'>Shutterstock</a></p>");

        Assert.False(CreditLinkParagraph.Is(document.GetElementById("headline")!, document.QuerySelector("#headline a")!));
        Assert.False(CreditLinkParagraph.Is(document.GetElementById("gallery")!, document.QuerySelector("#gallery a")!));
        Assert.False(CreditLinkParagraph.Is(document.GetElementById("beside")!, document.QuerySelector("#beside a")!));
    }
}
