using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomeLinkLogoSiteTests
{
    [Fact]
    public void A_banner_picture_linking_home_names_a_site_nothing_else_names()
    {
        var page = Parse("""<div id="top"><a href="http://www.moorland-notes.de/" title="Moor"><img src="/img/banner.gif" alt="Moorland Notizen"></a></div>""");
        Assert.Equal("Moorland Notizen", page.Site);
    }

    [Fact]
    public void A_home_link_pictures_purpose_alt_names_no_site()
    {
        var page = Parse("""<div id="top"><a href="http://www.moorland-notes.de/"><img src="/img/house.gif" alt="Startseite"></a></div>""");
        Assert.Null(page.Site);
    }

    private static ParsedPage Parse(string header) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Torf und Klima</title></head><body>
        {{header}}
        <div id="content"><h1>Torf und Klima</h1>
        <p>Nasse Moore speichern mehr Kohlenstoff als Wälder gleicher Fläche, berichten Forscher aus dem Norden des Landes.</p>
        <p>Die Wissenschaftler haben dafür über fünf Jahre hinweg Proben aus zwölf Mooren genommen und im Labor ausgewertet.</p>
        <p><a href="http://www.moorland-notes.de/archiv/">Archiv</a> <a href="http://www.moorland-notes.de/kontakt/">Kontakt</a></p>
        </div></body></html>
        """), "moor.html");
}
