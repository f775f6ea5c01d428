using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JavaScriptOffNoticeTests
{
    [Theory]
    [InlineData("Avertissement : Veuillez réactiver les fonctions javascript de votre navigateur afin de profiter d'une expérience complète.", true)]
    [InlineData("Please enable JavaScript in your browser to view this site.", true)]
    [InlineData("Bitte aktivieren Sie JavaScript in Ihrem Browser.", true)]
    [InlineData("Browsers let users enable JavaScript for each site they visit.", false)]
    [InlineData("JavaScript turned 25 this week.", false)]
    [InlineData("Zur optimalen Darstellung von Osthessen|News wird Javascript benötigt.", true)]
    [InlineData("JavaScript is required to use this website.", true)]
    [InlineData("The new checkout page requires JavaScript.", false)]
    public void A_banner_asking_the_reader_to_switch_scripts_on_is_furniture(string line, bool notice) =>
        Assert.Equal(notice, JavaScriptOffNotice.Is(line));

    [Fact]
    public void The_banner_over_the_menu_is_no_headline_and_the_skip_links_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Avertissement : Veuillez réactiver les fonctions javascript de votre navigateur afin de profiter d'une expérience complète.

            Aller au menu principal Aller au contenu principal Aller au formulaire de recherche Aller au pied de page

              * Accueil
              * International
              * Politique

            Un juge se retire d'un dossier fiscal

            Un juge de la cour fédérale se retire d'un dossier qui met en cause un cabinet comptable, après un souper avec ses avocats.

            Le juge avait assisté à un cocktail payé par le cabinet d'avocats qui représente la firme, selon des documents obtenus par la rédaction.
            """), "juge.txt");

        Assert.Equal("Un juge se retire d'un dossier fiscal", page.Title);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Un juge de la cour fédérale", page.BodyParagraphs[0]);
    }
}
