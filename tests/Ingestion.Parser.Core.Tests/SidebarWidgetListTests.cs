using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarWidgetListTests
{
    private const string Post = """
        Kräuterwanderung am Kahlenberg

           Veröffentlicht am 6. Juli 2015 von Mira Holzapfel — Hinterlasse eine Antwort

           Am Sonntag sind wir mit zwölf Leuten über den Kahlenberg gewandert und haben unterwegs Kräuter gesammelt, aus denen wir abends einen Tee gekocht haben. Die Route ist für Familien geeignet.

           Die nächste Wanderung findet im September statt; wer mitkommen will, meldet sich über das Formular auf der Seite Termine an.

        Schreibe einen Kommentar Antworten abbrechen

           Deine E-Mail-Adresse wird nicht veröffentlicht.
           Kommentar
           _____________________________________________
           Name * ______________________________
           Kommentar abschicken

        Kräuterwerkstatt Beiträge

             * Giersch-Pesto
             * Holunderblüten im Juni
             * Ringelblumensalbe selbst gemacht
             * Wanderung im Frühling

        Kräuterwerkstatt Suche

           Suche ____________________ Suche
           Copyright © 2016 kraeuterwerkstatt.example Alle Rechte vorbehalten.
        """;

    [Fact]
    public void The_sidebars_post_list_under_the_comment_form_holds_no_comment()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Post), "kraeuter.txt");

        Assert.Empty(page.Comments);
    }

    [Theory]
    [InlineData("Neueste Beiträge\n\n  * Giersch-Pesto\n  * Holunderblüten\n  * Ringelblumensalbe", 0)]
    [InlineData("Intro\nRecent Posts\n  * One\n  * Two\n  * Three", 1)]
    [InlineData("Kräuterwerkstatt Beiträge\n  * Giersch-Pesto\n  * Holunderblüten\n  * Ringelblumensalbe", 0)]
    [InlineData("Neueste Beiträge\n  * Giersch-Pesto\n  * Holunderblüten", -1)]
    [InlineData("Wir danken allen für die Beiträge.\n  * Giersch-Pesto\n  * Holunderblüten\n  * Ringelblumensalbe", -1)]
    [InlineData("Neueste Beiträge\nUnsere Wanderung war schön.", -1)]
    public void A_widgets_heading_stands_over_three_links_at_least(string text, int heading)
    {
        var lines = new PageLines(TextLine.Split(text));

        Assert.Equal(heading, SidebarWidgetList.First(lines, 0, lines.Count));
    }
}
