using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteInitialsLoginTests
{
    private static ParsedPage Parse(string login) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Le four à pain rallumé - Les voix du canal</title></head><body>
        <div id="entete"><a rel="start home" href="/"><strong id="nom_site_spip">Les voix du canal</strong></a></div>
        <div class="hentry">
        <h1 class="entry-title">Le four à pain rallumé</h1>
        <p><small><abbr class="published" title="2019-05-14T09:00:00Z">mardi 14 mai 2019</abbr>, par <span class="vcard author"><a class="url fn" href="/auteur3">{{login}}</a></span></small></p>
        <div class="texte entry-content"><p>Ce soir, on reçoit les boulangers du quartier qui ont rallumé le vieux four de la cour, éteint depuis vingt ans, pour une fournée partagée avec les voisins.</p>
        <p>Ils racontent les semaines passées à refaire la voûte et à trouver du bois sec, et ce que le pain cuit au feu change aux matins de la rue.</p></div>
        </div></body></html>
        """), "four.html");

    [Fact]
    public void A_login_spelling_the_initials_of_every_word_of_the_site_is_no_writer()
    {
        Assert.Empty(Parse("lvdc").Authors);
    }

    [Fact]
    public void A_login_that_spells_other_initials_stays_the_writer()
    {
        Assert.Equal(["jmarchal"], Parse("jmarchal").Authors);
    }
}
