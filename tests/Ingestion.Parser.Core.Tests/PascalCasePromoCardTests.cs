using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PascalCasePromoCardTests
{
    private static string Page(string middle) => $$"""
        <html><head><meta charset="utf-8"><title>Tram line reopens after repairs - Valley Ledger</title></head>
        <body><main><article><h1>Tram line reopens after repairs</h1>
        <div class="RichTextArticleBody-body RichTextBody">
        <p>The river tram ran its full route again on Saturday, after six weeks in which the bridge section was closed for new rails.</p>
        <p>Riders at the first stop said the cars were quieter, and the city said the line would keep its old timetable through the winter.</p>
        {{middle}}
        <p>The next closure, for the depot's roof, is planned for the spring and will only stop the evening service, the operator said.</p>
        </div></article></main></body></html>
        """;

    [Fact]
    public void A_pascal_case_promo_card_between_the_paragraphs_is_no_paragraph()
    {
        const string card = """
            <div class="Enhancement"><ps-promo class="PromoSmall" data-content-type="article"><div class="PromoSmall-wrapper">
            <div class="PromoSmall-category"><a class="Link" href="https://ledger.example/city">City</a></div>
            <div class="PromoSmall-title"><a class="Link" href="https://ledger.example/city/depot-roof">Inside the depot where the old trams sleep</a></div>
            <div class="PromoSmall-description">A visit to the sheds where the city keeps its retired cars, some of them ninety years old.</div>
            </div></ps-promo></div>
            """;
        var body = HtmlPageSplitter.Split(Page(card)).BodyParagraphs;
        Assert.Equal(3, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("depot where", StringComparison.Ordinal) || paragraph.Contains("retired cars", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_whose_class_only_opens_like_promo_stays()
    {
        const string box = """
            <div class="PromotionNotice"><p>Fares stay at the winter price until March, and children under twelve ride free on weekends.</p></div>
            """;
        var body = HtmlPageSplitter.Split(Page(box)).BodyParagraphs;
        Assert.Contains("Fares stay at the winter price until March, and children under twelve ride free on weekends.", body);
    }

    [Theory]
    [InlineData("PromoSmall", true)]
    [InlineData("Card PromoLarge", true)]
    [InlineData("PromoSmall-title", false)]
    [InlineData("Promotion", false)]
    [InlineData("promoCode", false)]
    public void The_card_is_known_by_its_class(string classes, bool expected)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<div class=\"{classes}\">x</div>");
        Assert.Equal(expected, PascalCasePromoCard.Is(document.QuerySelector("div")!));
    }
}
