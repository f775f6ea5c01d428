using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineBeforeTitleDateTests
{
    private static bool Shown(string text) => text is "Sommerfest" or "Ferienlager am See";

    [Theory]
    [InlineData("Sommerfest - 14 Juli 2011 - Blog - Fotos, Rezepte und Basteleien!", "Sommerfest")]
    [InlineData("Ferienlager am See - 02.08.2011 - Tagebuch", "Ferienlager am See")]
    public void A_shown_first_part_before_a_date_part_is_the_headline(string documentTitle, string headline) =>
        Assert.Equal(headline, HeadlineBeforeTitleDate.Find(documentTitle, Shown));

    [Theory]
    [InlineData("Sommerfest - Blog - Fotos, Rezepte und Basteleien!")]
    [InlineData("Herbstmarkt - 14 Juli 2011 - Blog")]
    [InlineData("14 Juli 2011 - Sommerfest")]
    [InlineData("Sommerfest")]
    public void Without_a_date_second_or_a_shown_first_part_nothing_is_found(string documentTitle) =>
        Assert.Null(HeadlineBeforeTitleDate.Find(documentTitle, Shown));

    [Fact]
    public void A_builder_blogs_one_word_entry_gets_its_headline_and_the_titles_day()
    {
        const string page = """
            <html><head><title>Sommerfest - 14 Juli 2011 - Blog - Fotos, Rezepte und Basteleien!</title></head><body>
            <table><tr><td colspan="2">Montag, 2016-09-12, 8:14 PM<br>Willkommen <b>Gast</b> | <a href="/rss/">RSS</a></td></tr>
            <tr><td valign="top" width="175">
            <table><tr><td><b>Menü</b></td></tr><tr><td><ul><li><a href="/blog">Blog</a></li><li><a href="/photo">Fotoalben</a></li></ul></td></tr></table>
            <table><tr><td><b>Freunde</b></td></tr><tr><td><li><a href="http://example.org/">Bastelstube Kiel</a></li>
            <li><a href="http://example.net/"><img src="/b.png" alt="Button"></a>
            Rezepte, Spiele, Musik usw</a></li></td></tr></table>
            </td><td valign="top">
            <a href="/blog/">Hauptseite</a> &raquo; <a href="/blog/2011-00">2011</a> &raquo; <a href="/blog/2011-07">Juli</a> &raquo; <a href="/blog/2011-07-14">14</a> &raquo; Sommerfest
            <hr />
            <table class="eBlock"><tr><td><div class="eTitle"><div style="float:right;font-size:9px;">6:12 PM </div>Sommerfest</div></td></tr>
            <tr><td class="eMessage">Am Samstag war endlich unser Sommerfest im Garten der Nachbarn.<br>Wir haben Kuchen gebacken und Girlanden gebastelt.<br>Die Kinder spielten bis zum Abend Verstecken.<br><br>Nächstes Jahr machen wir es wieder, vielleicht mit Lagerfeuer.</td></tr>
            <tr><td class="eDetails">Aufrufe: 312 | Hinzugefügt von: Wiebke | Rating: 0.0/0</td></tr></table>
            <table><tr><td>Kommentare insgesamt: <b>0</b></td></tr></table>
            </td></tr></table>
            </body></html>
            """;
        var parsed = HtmlPageSplitter.Split(page);
        Assert.Equal("Sommerfest", parsed.Title);
        Assert.StartsWith("2011-07-14", parsed.PublishedAt);
        Assert.Equal("Fotos, Rezepte und Basteleien!", parsed.Site);
    }

    [Theory]
    [InlineData("14 Juli 2011 - Blog - Fotos, Rezepte und Basteleien!", "Fotos, Rezepte und Basteleien!")]
    [InlineData("Blog - Fotos, Rezepte und Basteleien!", null)]
    [InlineData("14 Juli 2011", null)]
    public void After_the_day_the_titles_last_part_is_the_site(string rest, string? site) =>
        Assert.Equal(site, HeadlineBeforeTitleDate.SiteAfterDate(rest));
}
