using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AdLabelBoxTests
{
    private static IReadOnlyList<string> BodyOf(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Rents rise again - Money Desk</title></head><body>
        <h1>Rents rise again</h1>
        <div id="storytext">
        <p>Rents in the city rose for the ninth month in a row in March, the housing office said on Monday in its report.</p>
        {{box}}
        <p>The rise was sharpest in the harbour district, where new flats have drawn buyers from across the region, it said.</p>
        </div></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void An_ad_slot_opened_by_its_label_goes_with_its_suppliers_credit()
    {
        var body = BodyOf("""
            <div class="inread"><div style="position: relative;"><div class="ui-label">ADVERTISING</div><div class="player" id="p0"></div>
            <div class="ui-credits"><a href="https://adsupplier.example"><span>inFeed</span> invented by AdSupplier</a></div></div></div>
            """);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_box_of_the_text_whose_first_line_is_no_ad_label_stays()
    {
        var body = BodyOf("""<div class="note"><div>Correction</div><div>An earlier version misstated the month.</div></div>""");

        Assert.Contains(body, paragraph => paragraph.Contains("misstated the month", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Advertisement:", true)]
    [InlineData("- Advertisement -", true)]
    [InlineData("Anzeige", true)]
    [InlineData("Advertisement for the new bridge, 1911", false)]
    public void An_ad_slots_label_alone_is_a_label(string text, bool label) => Assert.Equal(label, AdLabelBox.IsLabel(text));

    [Fact]
    public void A_widgets_slot_labelled_with_a_tagline_and_an_ad_word_goes()
    {
        var body = BodyOf("""
            <div class="impact-unit-wrapper"><div class="partner-flex"><div class="pre-content"><div class="textrule"><span>make a difference: sponsored opportunity</span></div>
            <div class="impact-unit"></div></div><div class="post-content"></div></div></div>
            """);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_tagline_over_a_sentence_stays()
    {
        var body = BodyOf("""<div class="note"><div>Editor's note: sponsored by the harbour trust and the ferry company</div></div>""");

        Assert.Contains(body, paragraph => paragraph.Contains("sponsored by the harbour trust", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ad_slots_label_styled_as_a_caption_is_no_caption()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html><body><p>Rents rose again.</p><div class="ad-unit"><span class="ad-caption">Advertisement:</span><div id="slot"></div></div></body></html>
            """);

        Assert.Empty(HtmlCaptions.Read(document));
    }
}
