using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ElementorPostContentWidgetTests
{
    private static ParsedPage Parse(string contentWidgetType) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again</title></head><body>
        <div data-elementor-type="single-post" class="elementor elementor-location-single">
        <div class="elementor-widget elementor-widget-theme-post-title" data-widget_type="theme-post-title.default"><h1 class="elementor-heading-title">Ferry fares rise again</h1></div>
        <div class="elementor-widget elementor-widget-theme-post-content" data-widget_type="{{contentWidgetType}}"><div class="elementor-widget-container">
        <p>The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.</p>
        <h2>Commuters pay most</h2>
        <p>Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.</p>
        <p>The board said the new boats, due next spring, had cost more than it planned.</p>
        </div></div></div>
        <div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
        <p>Notice: The pages of this site are for information only. The harbour ledger gives no advice on travel, fares or tickets, and none of what it prints should be read as such. Timetables change at short notice; travellers should check them with the operator before they set out, and the ledger takes no responsibility for missed sailings, changed fares or any loss that follows from relying on what it prints.</p>
        <p>Disclaimer: Nothing on these pages is an offer to sell or a request to buy any ticket, season pass or service of any ferry operator. The ledger is not tied to any operator and earns nothing from their sales. Where it names an operator, that is no endorsement; where it leaves one out, that is no judgement. Readers who rely on what they read here do so at their own risk, and the ledger accepts no liability for the accuracy, completeness or timeliness of what it prints, nor for any loss of any kind.</p>
        </div></div></div>
        </body></html>
        """), "story.html");

    [Fact]
    public void The_post_content_widget_of_a_theme_builders_single_post_is_the_text()
    {
        var page = Parse("theme-post-content.default");
        Assert.Equal(
            ["The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.", "Commuters pay most",
             "Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.",
             "The board said the new boats, due next spring, had cost more than it planned."],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_widget_of_another_type_names_no_text()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div data-widget_type=\"text-editor.default\"><p>Notice</p></div><div data-widget_type=\"theme-post-content.default\"><p>Text</p></div>");
        var candidates = HtmlContentRoot.Candidates(document);
        Assert.Contains(candidates, candidate => candidate?.GetAttribute("data-widget_type") == "theme-post-content.default");
        Assert.DoesNotContain(candidates, candidate => candidate?.GetAttribute("data-widget_type") == "text-editor.default");
    }
}
