using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AdvertisedLinkListTests
{
    [Theory]
    [InlineData("Anzeige\n  * Steuern sparen mit der Cloud\n  * Passwörter sicher verwalten", 2)]
    [InlineData("Anzeige\n\n  • Steuern sparen mit der Cloud\n  • Passwörter sicher verwalten", 3)] // w3m leaves a blank line under the label
    [InlineData("Sponsored links\n  * Compare energy tariffs in minutes", 1)]
    public void The_links_under_an_ad_label_are_furniture(string text, int link)
    {
        var lines = new PageLines(TextLine.Split(text));
        Assert.True(AdvertisedLinkList.Is(lines, link));
    }

    [Theory]
    [InlineData("Zutaten\n  * 200 g Mehl\n  * 2 Eier", 2)]
    [InlineData("Anzeige\n\nDie Stadt plant drei neue Radwege:\n  * am Hafen\n  * in der Altstadt", 4)]
    [InlineData("Anzeige\nDer Gemeinderat tagt am Montag.", 1)]
    public void Lists_under_other_lines_and_lines_without_a_bullet_stay(string text, int line)
    {
        var lines = new PageLines(TextLine.Split(text));
        Assert.False(AdvertisedLinkList.Is(lines, line));
    }

    [Fact]
    public void Ad_links_under_a_thread_count_are_no_comments()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Speicher aus dem Schrott

               Ein Start-up gewinnt Kobalt aus alten Akkus zurück.
               20.06.2019 07:30 Uhr
               Von Tilo Baumgart

               In einer Halle am Stadtrand zerlegen Roboter jeden Tag mehrere Tonnen alter Akkus aus Elektroautos und Werkzeugen. Am Ende der Linie stehen Kobalt, Nickel und Lithium in einer Reinheit, die für neue Zellen genügt.

               Noch ist das Verfahren teurer als der Bergbau, doch die Gründer rechnen damit, dass strengere Quoten der EU das bald ändern.

               Kommentare lesen (128) Zur Startseite

               Anzeige
                 * Buchhaltung einfach aus der Cloud
                 * Content Marketing für Ihr Unternehmen
                 * Phishing: So reduzieren Sie die Angriffsgefahr
                 * Zeitproblem? So können Admins entlastet werden
                 * Neu: Jobmesse im Herbst in Leipzig

            Mehr zum Thema

                 * Akkus
                 * Recycling
            """), "akkus.txt");

        Assert.Equal(128, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Cloud", StringComparison.Ordinal));
    }
}
