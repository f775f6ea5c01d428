using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomeLinkAfterCountTests
{
    [Theory]
    [InlineData("Kommentare lesen (28) Zur Startseite", "Kommentare lesen (28)")]
    [InlineData("Comments (12) Back to top", "Comments (12)")]
    [InlineData("Commentaires (3) Retour à l'accueil", "Commentaires (3)")]
    [InlineData("Kommentare lesen (28)", "Kommentare lesen (28)")]
    [InlineData("Zur Startseite", "Zur Startseite")]
    [InlineData("Die Seite führt zur Startseite", "Die Seite führt zur Startseite")]
    public void The_link_home_after_a_count_is_no_part_of_the_heading(string line, string heading) =>
        Assert.Equal(heading, HomeLinkAfterCount.Without(line));

    [Fact]
    public void The_forum_count_beside_the_link_home_declares_the_thread_and_ends_the_story()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               Technik-Ticker

            Warum die Waschmaschine nachts schleudert

               Ein Tarif mit Nachtstrom lockt, doch nicht jedes Gerät lässt sich zeitgesteuert starten.
               11.03.2019 09:15 Uhr
               Von Jana Olbrich

               Wer seine Waschmaschine nachts laufen lässt, spart mit einem zeitvariablen Tarif einige Euro im Jahr. Die meisten Geräte der letzten zehn Jahre haben dafür eine Startzeitvorwahl, ältere Modelle brauchen eine Schaltsteckdose.

               Die Hersteller raten allerdings davon ab, die Maschine unbeaufsichtigt schleudern zu lassen: Ein undichter Schlauch richtet in sechs Stunden mehr Schaden an als in einer.

               Kommentare lesen (41) Zur Startseite

               Mehr zum Thema

                 * Haushalt
                 * Strom
            """), "ticker.txt");

        Assert.Equal(41, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
        Assert.Equal("Die Hersteller raten allerdings davon ab, die Maschine unbeaufsichtigt schleudern zu lassen: Ein undichter Schlauch richtet in sechs Stunden mehr Schaden an als in einer.", page.BodyParagraphs[^1]);
    }
}
