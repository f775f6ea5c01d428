using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A page with no metadata but its document title "Kicker: Headline - Site" and the two printed apart.</summary>
public class DocumentTitleKickerTests
{
    private const string Body =
        "<p>Die Außenminister verhandelten am Dienstag bis spät in die Nacht über den Text der Resolution für den Sicherheitsrat.</p>"
        + "<p>Beide Seiten sprachen danach von Fortschritten, nannten aber keine Einzelheiten zu den strittigen Punkten.</p>";

    [Theory]
    [InlineData("<h2><span class=\"headline-intro\">Syrien-Resolution</span><span class=\"headline\">Kerry und Lawrow ringen um jedes Wort</span></h2>")]
    [InlineData("<div class=\"kicker\">Syrien-Resolution</div><h2>Kerry und Lawrow ringen um jedes Wort</h2>")]
    public void The_headline_after_the_titles_kicker_is_the_title(string heading)
    {
        var page = Parse("<title>Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort - BLICKPUNKT ONLINE</title>", heading);

        Assert.Equal("Kerry und Lawrow ringen um jedes Wort", page.Title);
    }

    [Fact]
    public void A_title_whose_headline_the_page_prints_whole_keeps_it_whole()
    {
        var page = Parse("<title>Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort - BLICKPUNKT ONLINE</title>", "<h2>Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort</h2>");

        Assert.Equal("Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort", page.Title);
    }

    private static ParsedPage Parse(string head, string heading) => PageParser.Parse(
        Encoding.UTF8.GetBytes("<html><head>" + head + "</head><body><ul><li><a href=\"/abo\">Abo</a></li><li><a href=\"/shop\">Shop</a></li></ul><div class=\"article\">" + heading + Body + "</div></body></html>"),
        "page.html");
}
