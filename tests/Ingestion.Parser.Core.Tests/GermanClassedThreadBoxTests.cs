using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"&lt;div class="kommentare"&gt;&lt;div class="kommentar-item"&gt;…": a German template's thread box named by its class.</summary>
public class GermanClassedThreadBoxTests
{
    private static string Page(string threadClass) =>
        "<html><head><title>Neuer Kran am Westkai</title></head><body><div id=\"content\"><h1>Neuer Kran am Westkai</h1>"
        + "<div class=\"text\">Der Hafen hat am Dienstag einen neuen Kran am Westkai in Betrieb genommen, nach zwei Jahren Bauzeit.<br /><br />"
        + "Der Kran hebt bis zu 80 Tonnen und soll die Wartezeiten der Frachter am Kai deutlich verkürzen, sagte der Hafenmeister.</div>"
        + "<div class=\"" + threadClass + "\"><div class=\"rubrik\">Kommentare</div>"
        + "<div class=\"kommentar-item\"><div class=\"kommentar-info\"><div class=\"benutzer\">Kailäufer7</div><div class=\"datum\">31.10.2023, 19.18 Uhr</div></div>"
        + "<h5>Endlich...</h5><div class=\"kommentar-text\">hat das lange Warten ein Ende. Gut so.</div></div></div>"
        + "</div></body></html>";

    [Fact]
    public void A_box_classed_kommentare_holds_the_thread()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("kommentare")), "page.html");

        var comment = Assert.Single(page.Comments);
        Assert.Equal("Kailäufer7", comment.Author);
        Assert.Contains(comment.Paragraphs, paragraph => paragraph.StartsWith("hat das lange Warten", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Kailäufer7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_of_another_class_is_not_taken_for_the_thread_by_it()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("kommentarbox-teaser")), "page.html");

        Assert.Empty(page.Comments);
    }
}
