using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GatedTextElementsTests
{
    private const string Lede =
        "<p class=\"body-paragraph\">The harbour board voted on Tuesday to keep the night ferry running through the winter, reversing its plan of last spring.</p>";

    private const string Second =
        "<p class=\"body-paragraph paywall\">Members said the island's two schools and its clinic depended on the late crossing for staff who live on the mainland.</p>";

    private const string Third =
        "<p class=\"body-paragraph paywall\">The operator will add a second deckhand from December, paid for by a grant the board secured from the regional fund.</p>";

    private const string Fourth =
        "<p class=\"body-paragraph paywall\">Fares will stay at last year's level until the spring review, the board's chair told the meeting in the ferry terminal.</p>";

    private static string GatedBy(string selector) =>
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Night ferry saved\","
        + "\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\",\"cssSelector\":\"" + selector + "\"}}";

    [Fact]
    public void Every_paragraph_the_gated_selector_names_stays_not_only_the_first()
    {
        var page = Parse($"<article class=\"article-body-wrapper\">{Lede}{Second}{Third}{Fourth}</article>", GatedBy(".paywall"));

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Fares will stay", page.BodyParagraphs[3]);
    }

    [Fact]
    public void Gated_paragraphs_split_by_an_advertisement_box_all_stay()
    {
        var page = Parse(
            $"<article class=\"article-body-wrapper\">{Lede}{Second}<div class=\"arcad-feature\"><div class=\"arcad ad-550x250\"></div></div>{Third}{Fourth}</article>",
            GatedBy(".paywall"));

        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Paragraphs_whose_class_says_paywall_go_when_no_json_ld_names_them()
    {
        var page = Parse($"<article class=\"article-body-wrapper\">{Lede}{Second}{Third}{Fourth}</article>");

        Assert.Single(page.BodyParagraphs);
        Assert.StartsWith("The harbour board voted", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_paywall_notice_the_selector_does_not_name_still_goes()
    {
        var page = Parse(
            "<article class=\"article-body-wrapper\">" + Lede + Second.Replace("paywall", "locked") + Third.Replace("paywall", "locked")
            + "<div class=\"paywall\"><p>Subscribe today to keep reading every story from the harbour.</p></div></article>",
            GatedBy(".locked"));

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Subscribe today", StringComparison.Ordinal));
    }

    [Fact]
    public void A_selector_the_template_wrote_wrong_names_nothing()
    {
        var page = Parse($"<article class=\"article-body-wrapper\">{Lede}{Second}{Third}</article>", GatedBy(".paywall["));

        Assert.Single(page.BodyParagraphs);
    }

    private static ParsedPage Parse(string body, string? jsonLd = null) =>
        PageParser.Parse(
            Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><title>Night ferry saved</title>"
                + (jsonLd is null ? string.Empty : $"<script type=\"application/ld+json\">{jsonLd}</script>")
                + $"</head><body><h1>Night ferry saved</h1>{body}</body></html>"),
            "page.html");
}
