using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlFurnitureVotesTests
{
    [Fact]
    public void A_readers_vote_field_under_the_text_is_furniture()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='field-body'><p>Der Deich wird im Herbst erhöht.</p></div>"
            + "<div class='field field--type-voting_api_field field-votes'><div class='field__label'>Bewertung</div>"
            + "<div class='votingapi-widgets fivestar'><div>3 Stimmen, im Durchschnitt: 4.1 von 5</div></div></div></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;
        Assert.Contains("im Herbst erhöht", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bewertung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stimmen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_that_only_starts_with_the_word_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p class='voters-guide'>Der Kreistag stimmt am Montag ab.</p></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        Assert.Contains("stimmt am Montag ab", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
