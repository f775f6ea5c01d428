using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadStateAfterCountTests
{
    [Theory]
    [InlineData("Comments (32) Closed", "Comments (32)")]
    [InlineData("There are 0 comments. Add yours. Hide them.", "There are 0 comments.")]
    [InlineData("There are 4 comments. Hide them.", "There are 4 comments.")]
    [InlineData("Comments (32)", "Comments (32)")]
    [InlineData("Add yours. Hide them.", "Add yours. Hide them.")]
    [InlineData("Kommentare lesen (28) Zur Startseite", "Kommentare lesen (28)")]
    [InlineData("Comments (12) Back to top", "Comments (12)")]
    [InlineData("Commentaires (3) Retour à l'accueil", "Commentaires (3)")]
    [InlineData("Zur Startseite", "Zur Startseite")]
    [InlineData("Die Seite führt zur Startseite", "Die Seite führt zur Startseite")]
    public void The_threads_state_or_the_link_home_after_its_count_is_no_part_of_the_heading(string line, string heading) =>
        Assert.Equal(heading, ThreadStateAfterCount.Without(line));

    [Fact]
    public void A_toggle_button_with_its_state_labels_declares_the_count()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bowl Jam 2018 am Kiesweiher - Board Weekly</title></head><body>
            <h1>Bowl Jam 2018 am Kiesweiher</h1>
            <div class="article-copy"><p>Der Bowl Jam geht in die vierte Runde: Am Kiesweiher treffen sich im Juni wieder die besten Fahrer aus dem Süden.</p>
            <p>Neben dem Contest gibt es eine Test Area, Foodtrucks und am Abend ein Konzert am Ufer des Weihers.</p></div>
            <div class="c-comments js-fb-comments"><div class="c-comments__wrapper">
            <button class="c-comments__title js-fb-comments-button c-btn"><i class="c-icon fa-comments"></i>
            There are <span class='c-comments__count fb-comments-count'>0</span> comments. <span class="c-comments__title-read">Add yours.</span>
            <span class="c-comments__title-hide">Hide them.</span></button>
            <div class="c-fb-comments__wrapper"><div class="fb-comments" data-numposts="10"></div></div></div></div>
            </body></html>
            """), "page.html");

        Assert.Equal(0, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

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
