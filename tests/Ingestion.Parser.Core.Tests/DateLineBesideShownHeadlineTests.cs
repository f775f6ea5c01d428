using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateLineBesideShownHeadlineTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    private const string Headline = "Neue Bänke für den Lindenpark";

    [Fact]
    public void The_date_line_over_the_headline_with_its_section_label_is_the_storys()
    {
        var lines = Lines("02.11.2016", "Ortsbeirat tagt im Bürgerhaus", "weiter lesen", "03.06.2015 - Verkehr/ Umwelt", Headline, "Der Ortsbeirat hat beschlossen, zwölf neue Bänke aufzustellen.");
        Assert.Equal(new DateOnly(2015, 6, 3), DateLineBesideShownHeadline.Find(lines, Headline)?.Date);
    }

    [Fact]
    public void A_date_line_under_the_headline_counts_when_none_stands_over_it()
    {
        var lines = Lines("Presse", Headline, "", "03.06.2015", "Der Ortsbeirat hat beschlossen, zwölf neue Bänke aufzustellen.");
        Assert.Equal(new DateOnly(2015, 6, 3), DateLineBesideShownHeadline.Find(lines, Headline)?.Date);
    }

    [Fact]
    public void A_sentence_with_a_date_beside_the_headline_is_no_date_line()
    {
        var lines = Lines("Am 03.06.2015 hat der Ortsbeirat im Bürgerhaus über die Pflege der Grünanlagen und neue Spielgeräte beraten.", Headline, "Text.");
        Assert.Null(DateLineBesideShownHeadline.Find(lines, Headline));
    }

    [Fact]
    public void A_headline_the_page_does_not_show_finds_nothing()
    {
        Assert.Null(DateLineBesideShownHeadline.Find(Lines("03.06.2015", "Ein anderer Titel"), Headline));
        Assert.Null(DateLineBesideShownHeadline.Find(Lines("03.06.2015", Headline), null));
    }

    [Fact]
    public void The_story_date_beside_the_headline_wins_over_a_sliders_teaser_date()
    {
        const string page = """
            <html><head><title>Ratsfraktion Lindenau - Neue Bänke für den Lindenpark</title></head><body>
            <div class="top"><div class="top_headline">Ratsfraktion</div><div class="top_subline">im Lindenauer Stadtrat</div></div>
            <div class="nav"><div><a href="/1">START</a></div><div><a href="/2">PRESSE</a></div><div><a href="/3">TERMINE</a></div></div>
            <div class="slider"><div class="photos"><img src="/t.jpg" alt="Ortsbeirat tagt im Bürgerhaus"><img src="/t.jpg" alt="Spielplatz an der Mühle wird erneuert"><img src="/t.jpg" alt="Mehr Licht für den Bahnhofsweg"><img src="/t.jpg" alt="Ortsbeirat tagt im Bürgerhaus"></div><div class="titles"><div class="tile"><div class="teaser_firstline">02.11.2016</div><div><span class="teaser_headline">Ortsbeirat tagt im Bürgerhaus</span></div><div class="teaser_text">Der Ortsbeirat lädt zur nächsten Sitzung ins Bürgerhaus ein, bei der über den Haushalt gesprochen wird...</div><div><a href="/a/0">weiter lesen</a></div></div><div class="tile"><div class="teaser_firstline">28.10.2016</div><div><span class="teaser_headline">Spielplatz an der Mühle wird erneuert</span></div><div class="teaser_text">Nach langer Diskussion hat die Verwaltung zugesagt, den Spielplatz an der Mühle im Frühjahr zu erneuern...</div><div><a href="/a/1">weiter lesen</a></div></div><div class="tile"><div class="teaser_firstline">25.10.2016</div><div><span class="teaser_headline">Mehr Licht für den Bahnhofsweg</span></div><div class="teaser_text">Die Fraktion fordert seit Jahren eine bessere Beleuchtung am Bahnhofsweg, nun kommt Bewegung in die Sache...</div><div><a href="/a/2">weiter lesen</a></div></div><div class="tile"><div class="teaser_firstline">02.11.2016</div><div><span class="teaser_headline">Ortsbeirat tagt im Bürgerhaus</span></div><div class="teaser_text">Der Ortsbeirat lädt zur nächsten Sitzung ins Bürgerhaus ein, bei der über den Haushalt gesprochen wird...</div><div><a href="/a/3">weiter lesen</a></div></div></div></div>
            <div class="story"><div><a href="/presse">Zurück zur Übersicht</a></div><div id="date" class="teaser_firstline">03.06.2015 - Verkehr/ Umwelt</div><div id="headline" class="teaser_headline">Neue Bänke für den Lindenpark</div>
            <div id="detail" class="teaser_text"><p>Der Ortsbeirat hat am Dienstag beschlossen, im Lindenpark zwölf neue Bänke aufstellen zu lassen, und die Kosten aus dem eigenen Budget zu tragen.</p>
            <p>&nbsp;</p>
            <p>Die Arbeiten sollen noch vor den Sommerferien beginnen, teilte die Verwaltung auf Nachfrage mit, und bis Ende August abgeschlossen sein.</p>
            <p>&nbsp;</p>
            <p>Der Fraktionsvorsitzende begrüßte die Entscheidung und kündigte an, auch für die anderen Grünanlagen der Stadt neue Bänke zu beantragen.</p></div></div>
            </body></html>
            """;
        var parsed = HtmlPageSplitter.Split(page);
        Assert.Equal("Neue Bänke für den Lindenpark", parsed.Title);
        Assert.Equal("2015-06-03", parsed.PublishedAt);
        Assert.Empty(parsed.Authors);
    }
}
