using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlFurnitureSupportTests
{
    [Fact]
    public void A_support_box_under_the_text_is_furniture()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='field-body'><p>The contract comes up for renewal in 2015.</p></div>"
            + "<div class='support-box'><p>WAPR's reporting is made possible by listeners like you. <a href='/donate'>Support local journalism today.</a></p></div></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;
        Assert.Contains("renewal in 2015", text, StringComparison.Ordinal);
        Assert.DoesNotContain("listeners like you", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_that_only_starts_with_the_word_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p class='supporting-text'>Supporters packed the hearing.</p><p class='supportive'>The vote was 5-2.</p></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;
        Assert.Contains("Supporters packed", text, StringComparison.Ordinal);
        Assert.Contains("5-2", text, StringComparison.Ordinal);
    }
}
