using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnfilledCardTemplateTests
{
    private const string Cell = """
        <div class="cell"><div class="recommendation"><a class="recommendation-url" href="javascript:void(0)"><img alt="Recommendation image" src="" class="recommendation-image"></a></div>
        <div class="title"><a href="javascript:void(0)"></a></div><span class="cta"><a href="javascript:void(0)">READ MORE</a></span></div>
        """;

    private static readonly string Page = """
        <html><head><title>Harbour ferry late again</title></head><body><div class="l-main" role="main"><div class="p-article">
        <div class="article" id="article-wrapper"><h1 class="p-article__title">Harbour ferry late again</h1>
        <div id="before-you-go-container"><div class="before-you-go"><div class="header"><div class="text">Before you go, we thought you'd like these...</div>
        <span class="close"><img alt="Close" src="http://x.test/close.svg"><a href="#"></a></span></div>
        <div class="pieces-content">CELLS<div class="clearboth"></div></div></div></div>
        <div class="p-article__meta"><div class="p-article__byline"><span class="p-article__byline__date">Mar 3rd 2016 2:05PM</span></div></div>
        <div class="article-content"><p>The harbour ferry was late again on Monday morning, the third time this week, and commuters waited on the pier for forty minutes in the rain.</p>
        <p>The operator said a crew shortage was to blame and promised a fuller timetable from next month, when two new deckhands start work.</p></div>
        </div></div></div></body></html>
        """.Replace("CELLS", Cell + Cell + Cell);

    [Fact]
    public void Unfilled_cards_between_headline_and_date_leave_the_date_line_to_be_read()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal("2016-03-03T14:05:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_card_whose_link_goes_somewhere_stays()
    {
        var html = Page.Replace("<a href=\"javascript:void(0)\">READ MORE</a>", "<a href=\"/story/other\">READ MORE</a>");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        UnfilledCardTemplate.Remove(document);
        Assert.Equal(3, document.QuerySelectorAll("div.cell").Length);
    }

    [Fact]
    public void Unfilled_cards_leave_and_the_box_with_a_real_picture_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page);
        UnfilledCardTemplate.Remove(document);
        Assert.Empty(document.QuerySelectorAll("div.cell"));
        Assert.NotNull(document.QuerySelector("div.before-you-go div.header"));
    }
}
