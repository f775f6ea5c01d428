using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomeLinkHeadingReadAsTitleTests
{
    private const string ServicePage = """
        <html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
        <base href="http://www.kessler-statik.de/"><title>Brandschutzplanung | Kessler Statik</title></head>
        <body><div class="site"><div class="head">
        <h1><a href="http://www.kessler-statik.de/" title="Kessler Statik Home">Kessler Statik</a></h1>
        <h2>Ingenieurbüro | Prüfstatik</h2>
        <div class="breadcrumb"><a href="/">Home</a> » <a href="/de/angebot">Angebot</a> » <span>Brandschutzplanung</span></div></div>
        <div class="navigation"><ul><li><a href="/de/buero">Büro</a></li><li><a href="/de/angebot">Angebot</a></li><li><a href="/de/kontakt">Kontakt</a></li></ul></div>
        <div class="main"><div class="content"><h3>Brandschutzplanung</h3>
        <p>Für Neubauten und Umbauten erstellen wir Brandschutzkonzepte nach der Landesbauordnung, von der ersten Skizze bis zur Abnahme durch die Prüfstelle, und begleiten die Ausführung auf der Baustelle.</p>
        </div></div></div></body></html>
        """;

    [Fact]
    public void The_document_titles_other_part_is_the_title_over_the_logo_heading()
    {
        var parsed = HtmlPageSplitter.Split(ServicePage);
        Assert.Equal("Brandschutzplanung", parsed.Title);
        Assert.Equal("Kessler Statik", parsed.Site);
        Assert.Single(parsed.BodyParagraphs);
    }

    [Fact]
    public void A_heading_that_links_elsewhere_stays_the_title()
    {
        var page = ServicePage.Replace("""<a href="http://www.kessler-statik.de/" title="Kessler Statik Home">""", """<a href="http://www.kessler-statik.de/de/buero">""", StringComparison.Ordinal);
        Assert.Equal("Kessler Statik", HtmlPageSplitter.Split(page).Title);
    }

    [Fact]
    public void A_part_the_page_does_not_show_leaves_the_title()
    {
        var page = ServicePage.Replace("<h3>Brandschutzplanung</h3>", string.Empty, StringComparison.Ordinal)
            .Replace("<span>Brandschutzplanung</span>", "<span>Planung</span>", StringComparison.Ordinal);
        Assert.Equal("Kessler Statik", HtmlPageSplitter.Split(page).Title);
    }
}
