using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingTextAnchorTests
{
    private static IReadOnlyList<string> BodyOf(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Fähren im Test - Technikblatt</title></head><body>
        <h1>Fähren im Test</h1>
        <div class="article-content">
        <p>Die neue Fähre über den Strom fährt seit Montag elektrisch, teilte der Betreiber am Dienstag in Lindholm mit.</p>
        {{heading}}
        <p>Der Akku reicht nach Angaben des Betreibers für zwölf Überfahrten, geladen wird in der Nacht am Anleger.</p>
        </div></body></html>
        """), "page.html").BodyParagraphs;

    [Theory]
    [InlineData("""<h3 class="subheading" id="nav_strom_statt__0">Strom statt Diesel</h3>""")]
    [InlineData("""<h2 id="menu-laden-in-der-nacht">Laden in der Nacht</h2>""")]
    public void A_crosshead_whose_anchor_spells_its_own_words_is_text(string heading) =>
        Assert.Equal(3, BodyOf(heading).Count);

    [Fact]
    public void A_heading_whose_id_names_a_menu_of_other_words_goes()
    {
        var body = BodyOf("""<h3 id="nav-sections">Ressorts</h3>""");
        Assert.DoesNotContain("Ressorts", body);
    }

    [Fact]
    public void A_glossary_term_whose_anchor_spells_its_own_words_is_text()
    {
        var body = BodyOf("""<dl><dt id="laden-ad-hoc-am-anleger">Laden ad hoc am Anleger</dt><dd><p>Im Sommer lädt die Fähre auch tagsüber kurz am Anleger, wenn der Fahrplan eine Pause lässt.</p></dd></dl>""");
        Assert.Contains("Laden ad hoc am Anleger", body);
    }

    [Fact]
    public void A_term_whose_id_names_an_advert_of_other_words_goes()
    {
        var body = BodyOf("""<dl><dt id="ad-slot-3">Anzeige</dt><dd><p>Im Sommer lädt die Fähre auch tagsüber kurz am Anleger, wenn der Fahrplan eine Pause lässt.</p></dd></dl>""");
        Assert.DoesNotContain("Anzeige", body);
    }
}
