using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadOnTeaserCardTests
{
    private const string Card = """
        <div class="paragraph"><div class="snippet snippet--article"><div class="snippet__header"><h3 class="teaser__headline">
        <a href="/stars/singer-beach-house-20433.html">Singer sells her beach house to the neighbours!</a></h3></div>
        <div class="snippet__content"><span class="snippet__image-wrapper"><a href="/stars/singer-beach-house-20433.html"><figure><img src="/files/beach.jpg" alt="beach house"></figure></a></span>
        <div class="snippet__text-wrapper"> Summer is for selling, thought the singer, and found buyers right next door. See for yourselves!
        <strong class="snippet__text-link"><a href="/stars/singer-beach-house-20433.html" class="link-text">Weiterlesen</a></strong></div></div></div></div>
        """;

    [Fact]
    public void A_card_headed_by_the_story_its_read_on_link_leads_to_leaves()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"text\"><p>First paragraph of the story.</p>" + Card + "</div></body></html>");

        ReadOnTeaserCard.Remove(document.Body!);

        Assert.Equal("First paragraph of the story.", document.GetElementById("text")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("<div><h3><a href=\"/other-story.html\">Another story</a></h3><img src=\"a.jpg\"><p>Its pitch, short and sweet.</p><a href=\"/third-story.html\">Weiterlesen</a></div>")]
    [InlineData("<div><h3><a href=\"/other-story.html\">Another story</a></h3><p>Its pitch, short and sweet.</p><a href=\"/other-story.html\">Read more</a></div>")]
    [InlineData("<div><h3><a href=\"/other-story.html\">Another story</a></h3><img src=\"a.jpg\"><p>Its pitch, short and sweet.</p><a href=\"/other-story.html\">Read the full report on the vote here</a></div>")]
    public void A_read_on_link_to_another_page_a_card_without_a_picture_or_another_label_leaves_the_box(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"text\">" + box + "</div></body></html>");

        ReadOnTeaserCard.Remove(document.Body!);

        Assert.Contains("Its pitch", document.GetElementById("text")!.TextContent);
    }

    [Fact]
    public void The_cards_pitch_is_no_paragraph_of_the_story()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Singer shows off her new look | StarMag</title></head><body>
            <article><header><h2 class="article__header__headline">Singer shows off her new look at the stadium</h2></header>
            <div class="article__content">
            <div class="paragraph"><p>The singer appeared at the reunion concert of her favourite band last weekend, looking happier than she has in years.</p></div>
            <div class="paragraph"><p>Fans who shared pictures of the evening were quick to notice the change, and the band itself posted a photo with her.</p></div>
            {{Card}}
            </div></article></body></html>
            """), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Empty(page.Captions);
    }
}
