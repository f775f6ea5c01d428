using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A thread as <c>lynx -dump</c> prints it, its "load more" button drawn as a picture: "(Afficher plus de commentaires)
/// Afficher plus de commentaires", the alt text in brackets and the link's words. The button ends the thread, so the
/// footer's bulleted links under it are no readers' names (ImageButtonLabel).
/// </summary>
public class ImageButtonLabelTests
{
    private static readonly ParsedPage Page = PageParser.Parse(Encoding.UTF8.GetBytes(
        "   Harbour council weighs sale of ferry stakes\n"
        + "\n"
        + "   Par Mara Quill\n"
        + "   Mis à jour le 05/04/2013 à 17:08 | publié le 05/04/2013 à 16:40\n"
        + "\n"
        + "   Le conseil du port envisage de céder une partie de ses parts dans la compagnie des ferries, a indiqué mardi son président devant les élus réunis en séance.\n"
        + "\n"
        + "   La vente porterait sur un tiers du capital, selon un document transmis aux conseillers, et le produit servirait à réparer la vieille jetée nord.\n"
        + "\n"
        + "   Les syndicats des marins ont aussitôt demandé à être reçus, craignant une hausse des tarifs pour les habitants des îles pendant l'été.\n"
        + "\n"
        + "   Réagir à cet article\n"
        + "\n"
        + "   3 commentaires\n"
        + "     * Avatar\n"
        + "       corentin22\n"
        + "       Enfin une idée pour la jetée, elle tombe en morceaux depuis des années et personne ne bouge.\n"
        + "       Le 06/04/2013 à 10:12\n"
        + "       Alerter Répondre\n"
        + "     * Avatar\n"
        + "       marinette.b\n"
        + "       Vendre les parts, c'est perdre la main sur les horaires d'hiver, et ce sont les îliens qui paieront.\n"
        + "       Le 06/04/2013 à 09:40\n"
        + "       Lire la réponse à ce commentaire Alerter Répondre\n"
        + "          +\n"
        + "          + Avatar\n"
        + "            Yann Le Goff\n"
        + "            Les horaires sont fixés par la convention, pas par les actionnaires.\n"
        + "            Le 06/04/2013 à 11:05\n"
        + "            Alerter Répondre\n"
        + "\n"
        + "     * 1\n"
        + "     * 2\n"
        + "     * >\n"
        + "\n"
        + "   (Afficher plus de commentaires) Afficher plus de commentaires\n"
        + "   Précédent Suivant\n"
        + "\n"
        + "     * Plan du site\n"
        + "     * Charte\n"
        + "     * FAQ\n"
        + "     * Contact\n"
        + "     * Mentions légales\n"), "thread.lynx.txt", "text/plain");

    [Fact]
    public void The_comments_above_the_bracketed_button_are_read_with_their_reply()
    {
        Assert.Equal(["corentin22", "marinette.b", "Yann Le Goff"], Page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 2], Page.Comments.Select(comment => comment.Parent));
        Assert.DoesNotContain(Page.Comments, comment => comment.Paragraphs.Any(paragraph => paragraph.Contains("Plan du site", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("(Afficher plus de commentaires) Afficher plus de commentaires", "Afficher plus de commentaires")]
    [InlineData("(Load more comments) Load more comments", "Load more comments")]
    [InlineData("(Photo) Load more comments", "(Photo) Load more comments")]
    [InlineData("Load more comments", "Load more comments")]
    public void The_label_printed_twice_is_read_once(string line, string expected) =>
        Assert.Equal(expected, ImageButtonLabel.Once(line).ToString());
}
