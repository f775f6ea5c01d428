using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NoWarrantySmallPrintTests
{
    [Fact]
    public void A_no_warranty_line_over_a_copyright_notice_opens_the_small_print_and_is_cut_with_it()
    {
        var body = new List<string>
        {
            "Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.",
            "Wir erwarten zunächst einen Rücksetzer bis zur unteren Trendlinie.",
            "Alle Angaben ohne Gewähr.",
            "Copyright © 2011 Rohstoffblick.de - Alle Rechte vorbehalten; die Übernahme der Grafiken bedarf der Genehmigung.",
            "Kursdaten geliefert von einem Datendienst.",
        };

        Assert.Equal(body[..2], NoWarrantySmallPrint.Without(body));
    }

    [Fact]
    public void A_story_sentence_on_a_guarantee_and_a_short_line_with_story_after_it_stay()
    {
        var body = new List<string>
        {
            "Der Händler verkaufte die Maschine ohne Gewähr, und der Käufer klagte später vor dem Amtsgericht auf Ersatz.",
            "Preise ohne Gewähr.",
            "Das Gericht will im Herbst entscheiden, ob der Ausschluss wirksam war.",
        };

        Assert.Equal(body, NoWarrantySmallPrint.Without(body));
    }

    [Fact]
    public void A_no_warranty_line_closing_the_text_alone_is_dropped() =>
        Assert.Equal(["Die Fähre fährt ab Montag wieder stündlich."], NoWarrantySmallPrint.Without(["Die Fähre fährt ab Montag wieder stündlich.", "All information without guarantee."]));
}
