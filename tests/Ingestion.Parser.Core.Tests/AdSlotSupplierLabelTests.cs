using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"&lt;div&gt;&lt;div id="slot"&gt;&lt;/div&gt;&lt;span&gt;Anzeige adnet&lt;/span&gt;&lt;/div&gt;": an empty ad slot and its label naming the network.</summary>
public class AdSlotSupplierLabelTests
{
    private static string Page(string box) =>
        "<html><head><title>Viel Regen im Oktober</title></head><body><h1>Viel Regen im Oktober</h1><div class=\"text\">"
        + "Der Oktober brachte in der Region sehr viel Regen und eine äußerst milde Witterung mit sommerlichen Tagen.<br /><br />"
        + box
        + "Geprägt war der Monat von ungewöhnlichen Niederschlagsmengen im Norden und einer Sturmflut an der Küste.<br /><br />"
        + "Im Süden schien dagegen lange die Sonne, teilte der Wetterdienst nach ersten Auswertungen mit.</div></body></html>";

    [Fact]
    public void An_empty_slot_under_a_label_naming_its_network_leaves_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("<div class=\"slotbox\"><div id=\"slot_mr_1\"></div><span class=\"small\">Anzeige adnet</span></div>")), "page.html");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Anzeige", StringComparison.Ordinal));
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_box_whose_words_are_no_ad_label_stays()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("<div class=\"note\"><div id=\"anchor_1\"></div><span>Polizei ermittelt</span></div>")), "page.html");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Polizei ermittelt", StringComparison.Ordinal));
    }
}
