using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ToggledTagListTests
{
    private static ParsedPage Parse(string buttons) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Les listes de revues en question - La Revue des idées</title></head><body>
        <h1>Les listes de revues en question</h1>
        <div class="signature"><span class="par">par <a href="/auteur/durand">Claire Durand</a></span><span class="date">, le 15 septembre 2009</span>
        {{buttons}}
        </div>
        <div class="entry-content texte">
        <p>Depuis une dizaine d’années, les disciplines classent leurs revues en rangs, du premier au quatrième, pour guider les comités.</p>
        <p>Ces listes devaient aider à repérer les revues de référence ; elles servent désormais à compter les publications de chacun.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void The_list_a_tag_icon_opens_gives_the_tags()
    {
        var page = Parse("""
            <a href="#" data-jq-dropdown="#jq-dropdown-mots"><span class="fa-stack"><i class="fa fa-tags"></i></span><span class="invisible">Mots-clés </a>
            <div id="jq-dropdown-mots" class="jq-dropdown"><ul class="jq-dropdown-menu">
            <li><a href="+-universite-+.html">université</a></li><li><a href="+-recherche-+.html">recherche</a></li><li><a href="+-evaluation-+.html">évaluation</a></li>
            </ul></div>
            """);

        Assert.Equal(["université", "recherche", "évaluation"], page.Tags);
    }

    [Fact]
    public void A_download_menu_opened_the_same_way_gives_no_tags()
    {
        var page = Parse("""
            <a href="#" data-jq-dropdown="#jq-dropdown-telecharger"><i class="fa fa-download"></i><span class="invisible">Télécharger l'article</span></a>
            <div id="jq-dropdown-telecharger" class="jq-dropdown"><ul><li><a href="IMG/pdf/revues.pdf">Télécharger au format PDF</a></li>
            <li><a href="/?action=generer_epub">Télécharger au format EPUB</a></li></ul></div>
            """);

        Assert.Empty(page.Tags);
    }
}
