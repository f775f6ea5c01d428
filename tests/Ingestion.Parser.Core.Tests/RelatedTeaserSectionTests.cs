using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedTeaserSectionTests
{
    private static string Teaser(string kicker, string headline, string slug) =>
        $"<div class=\"teaser-item\"><div class=\"row\"><div class=\"col-4\"><a href=\"/ratgeber/{slug}\"><img alt=\"\" src=\"/i/{slug}.jpg\"></a></div>"
        + $"<div class=\"col\"><span class=\"subheader\">{kicker} </span><h3><a href=\"/ratgeber/{slug}\"> {headline} </a></h3><a href=\"/ratgeber/{slug}\"> mehr </a></div></div></div>";

    private static string Text(string box) =>
        "<div id=\"root\"><p>Die Fähre fährt im Winter nur noch bis acht Uhr abends, teilte die Hafenbehörde am Montag mit.</p>" + box
        + "<h2>Nachtfahrten nur noch am Wochenende</h2><p>Am Freitag und Samstag bleibt die letzte Fahrt um Mitternacht, sagte die Sprecherin.</p></div>";

    [Fact]
    public void Teasers_with_kickers_under_a_related_heading_in_grid_wrappers_go_and_the_next_crosshead_stays()
    {
        var box = "<section class=\"news-teaser\"><div class=\"container\"><div class=\"row\"><div class=\"col-12\"><h3 class=\"teaser-header\"> Mehr zum Thema </h3></div></div>"
            + "<div class=\"row\"><div class=\"col-12\"><div class=\"teaser-list\">" + Teaser("Tour am Hafen", "Nachtfähre: Warum die Insel wartet", "nachtfaehre")
            + Teaser("Wichtige Fragen", "Fahrkarten – was gilt im Winter?", "fahrkarten") + "</div></div></div></div></section>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");
        var root = document.GetElementById("root")!;

        HeadedLinkBox.Remove(root);

        Assert.Empty(root.GetElementsByTagName("section"));
        Assert.Single(root.GetElementsByTagName("h2"));
        Assert.Equal(2, root.GetElementsByTagName("p").Length);
    }

    [Theory]
    // A heading that names no related box.
    [InlineData("Der Fahrplan im Überblick", "Tour am Hafen")]
    // A sentence of its own between the teasers is the story's.
    [InlineData("Mehr zum Thema", "Die Hafenbehörde hat die Fahrten schon im Oktober gekürzt.")]
    public void A_box_under_another_heading_or_with_a_sentence_of_its_own_stays(string heading, string kicker)
    {
        var box = "<section><div class=\"container\"><div class=\"row\"><div class=\"col-12\"><h3>" + heading + "</h3></div></div>"
            + Teaser(kicker, "Nachtfähre: Warum die Insel wartet", "nachtfaehre") + Teaser("Wichtige Fragen", "Fahrkarten – was gilt im Winter?", "fahrkarten") + "</div></section>";
        using var document = new HtmlParser().ParseDocument("<html><body>" + Text(box) + "</body></html>");

        Assert.False(RelatedTeaserSection.Is(document.QuerySelector("section")!));
    }
}
