using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ResponseButtonLinksTests
{
    private static List<string> LinesAfterRemoval(string inner)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\">" + inner + "</div></body></html>");
        var container = document.GetElementById("c")!;
        ResponseButtonLinks.Remove(container);
        return HtmlText.Lines(container).Select(line => line.Text.Trim()).Where(line => line.Length > 0).ToList();
    }

    [Fact]
    public void Respond_and_a_cards_response_count_styled_as_buttons_go()
    {
        var lines = LinesAfterRemoval("<p>Seven pasta makers is the best detail.</p><div class=\"buttonSet\"><a class=\"button button--chromeless\" href=\"#\">Respond</a></div>"
            + "<p>This is wonderful.</p><div class=\"buttonSet\"><a class=\"button button--chromeless\" href=\"#\">1 response</a></div>");

        Assert.Equal(["Seven pasta makers is the best detail.", "This is wonderful."], lines);
    }

    [Fact]
    public void Plain_links_and_other_button_labels_stay()
    {
        var lines = LinesAfterRemoval("<p><a href=\"/x\">Respond</a></p><p><a class=\"button\" href=\"#\">Show all responses</a></p>"
            + "<p><a class=\"buttonish\" href=\"#\">3 responses</a></p>");

        Assert.Equal(["Respond", "Show all responses", "3 responses"], lines);
    }
}
