using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A French daily's thread as <c>w3m -dump</c> and <c>lynx -dump</c> print it: the reader's status set on the picture's
/// line ("• Avatar Abonné") and an empty item ("□", lynx's "+") holding each folded reply. Neither is a comment's writer
/// or text, and neither may end the thread; the run of empty items in the share row still ends the story.
/// </summary>
public class RenderedThreadResidueTests
{
    private static readonly ParsedPage W3m = PageParser.Parse(Encoding.UTF8.GetBytes(
        "Le port de Brest rouvre ses quais après trois jours de grève\n"
        + "\n"
        + "Par Claire Monnier\n"
        + "Publié le 05/04/2013 à 19:12\n"
        + "\n"
        + "Les dockers et l'autorité portuaire ont trouvé un accord jeudi soir, après trois jours d'une grève qui a laissé quarante navires au mouillage devant la rade.\n"
        + "\n"
        + "Le syndicat demandait le retrait du nouveau planning des équipes avant toute reprise du travail; le port accepte d'en discuter sans le retirer, et les deux parties se retrouveront lundi.\n"
        + "\n"
        + "Les premiers cargos devaient accoster dès vendredi matin, selon la capitainerie, qui prévoit une semaine pour résorber l'attente.\n"
        + "\n"
        + "  • Partager\n"
        + "      □ \n"
        + "      □ \n"
        + "      □ \n"
        + "    Partager cet article X\n"
        + "      □ \n"
        + "      □ \n"
        + "      □ Recommander\n"
        + "\n"
        + "Réagir à cet article\n"
        + "\n"
        + "4 commentaires\n"
        + "\n"
        + "  • Avatar Abonné\n"
        + "    goelette29\n"
        + "\n"
        + "    Enfin une bonne nouvelle pour les transporteurs, qui attendaient depuis mardi.\n"
        + "\n"
        + "    Le 06/04/2013 à 09:14\n"
        + "    Alerter Répondre\n"
        + "  • Avatar\n"
        + "    marin.breton\n"
        + "\n"
        + "    Trois jours de perdus pour tout le monde, et rien de réglé sur le fond.\n"
        + "\n"
        + "    Le 06/04/2013 à 08:51\n"
        + "    Lire la réponse à ce commentaire Alerter Répondre\n"
        + "      □ \n"
        + "      □ Avatar\n"
        + "        quai_ouest\n"
        + "\n"
        + "        Rien de réglé, mais les bateaux repartent: c'est déjà ça.\n"
        + "\n"
        + "        Le 06/04/2013 à 10:02\n"
        + "        Alerter Répondre\n"
        + "  • Avatar\n"
        + "    Yvonne Le Gall\n"
        + "\n"
        + "    Qui paiera les frais de mouillage de ces quarante navires?\n"
        + "\n"
        + "    Le 05/04/2013 à 22:40\n"
        + "    Alerter Répondre\n"), "brest-port.w3m.txt");

    private static readonly ParsedPage Lynx = PageParser.Parse(Encoding.UTF8.GetBytes(
        "   Le port de Brest rouvre ses quais après trois jours de grève\n"
        + "   Par Claire Monnier\n"
        + "   Publié le 05/04/2013 à 19:12\n"
        + "   Les dockers et l'autorité portuaire ont trouvé un accord jeudi soir, après trois jours d'une grève qui a laissé quarante navires au mouillage devant la rade.\n"
        + "   Le syndicat demandait le retrait du nouveau planning des équipes avant toute reprise du travail; le port accepte d'en discuter sans le retirer, et les deux parties se retrouveront lundi.\n"
        + "   Les premiers cargos devaient accoster dès vendredi matin, selon la capitainerie, qui prévoit une semaine pour résorber l'attente.\n"
        + "     * Partager\n"
        + "          +\n"
        + "          +\n"
        + "          +\n"
        + "       Partager cet article X\n"
        + "          +\n"
        + "          +\n"
        + "          + Recommander\n"
        + "   Réagir à cet article\n"
        + "   4 commentaires\n"
        + "     * Avatar Abonné\n"
        + "       goelette29\n"
        + "       Enfin une bonne nouvelle pour les transporteurs, qui attendaient depuis mardi.\n"
        + "       Le 06/04/2013 à 09:14\n"
        + "       Alerter Répondre\n"
        + "     * Avatar\n"
        + "       marin.breton\n"
        + "       Trois jours de perdus pour tout le monde, et rien de réglé sur le fond.\n"
        + "       Le 06/04/2013 à 08:51\n"
        + "       Lire la réponse à ce commentaire Alerter Répondre\n"
        + "          +\n"
        + "          + Avatar\n"
        + "            quai_ouest\n"
        + "            Rien de réglé, mais les bateaux repartent: c'est déjà ça.\n"
        + "            Le 06/04/2013 à 10:02\n"
        + "            Alerter Répondre\n"
        + "     * Avatar\n"
        + "       Yvonne Le Gall\n"
        + "       Qui paiera les frais de mouillage de ces quarante navires?\n"
        + "       Le 05/04/2013 à 22:40\n"
        + "       Alerter Répondre\n"), "brest-port.lynx.txt");

    public static TheoryData<string> Renderings => ["w3m", "lynx"];

    private static ParsedPage Page(string rendering) => rendering == "w3m" ? W3m : Lynx;

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_comment_is_read_under_its_own_writer(string rendering)
    {
        Assert.Equal(["goelette29", "marin.breton", "quai_ouest", "Yvonne Le Gall"], Page(rendering).Comments.Select(comment => comment.Author));
        Assert.Empty(Page(rendering).Warnings);
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void The_reply_in_the_empty_item_answers_the_comment_above_it(string rendering)
    {
        Assert.Equal([null, null, 2, null], Page(rendering).Comments.Select(comment => comment.Parent));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void The_status_and_the_empty_items_are_no_text(string rendering)
    {
        Assert.Equal(["Enfin une bonne nouvelle pour les transporteurs, qui attendaient depuis mardi."], Page(rendering).Comments[0].Paragraphs);
        Assert.Equal(["Rien de réglé, mais les bateaux repartent: c'est déjà ça."], Page(rendering).Comments[2].Paragraphs);
    }

    [Fact]
    public void The_share_row_still_ends_the_story()
    {
        Assert.Equal(3, W3m.BodyParagraphs.Count);
    }
}
