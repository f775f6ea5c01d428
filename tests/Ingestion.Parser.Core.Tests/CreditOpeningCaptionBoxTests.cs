using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditOpeningCaptionBoxTests
{
    internal static string Page(string firstBox, string secondBox) => $"""
        <!doctype html><html><head><meta charset="utf-8"><title>Three Scarves For A Wet Winter</title>
        <meta property="og:site_name" content="Fernside Style"></head><body>
        <article><h1>Three Scarves For A Wet Winter</h1>
        <div class="byline"><a href="/author/ivy-marsh">Ivy Marsh</a></div>
        <section class="body">
        <div class="section-text">A scarf does more work in a wet winter than any coat, and it costs a tenth as much to replace.</div>
        <div class="section-image"><div class="loading"><img src="/pictures/scarf-grey.jpg"></div>{firstBox}</div>
        <div class="section-text">Wool keeps its warmth when damp, which is why the grey one has lasted six winters already.</div>
        <div class="section-image"><div class="loading"><img src="/pictures/scarf-green.jpg"></div>{secondBox}</div>
        <div class="section-text">Whatever you choose, dry it flat and never on the radiator, or the fibres will stiffen.</div>
        </section></article></body></html>
        """;

    private static ParsedPage Parse(string firstBox, string secondBox) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(firstBox, secondBox)), "scarves.html");

    [Fact]
    public void A_credit_opening_the_caption_box_is_an_entry_of_its_own_before_each_caption()
    {
        var page = Parse(
            """<div class="content-caption"><div class="credit">Photographed by Noel Brandt. </div><div class="description"><strong>Harlow</strong> grey wool scarf, $60, available at <a href="/harlow">Harlow</a>.</div></div>""",
            """<div class="content-caption"><div class="credit">Photographed by Noel Brandt. </div><div class="description"><strong>Tarn</strong> green check scarf, $45, available at <a href="/tarn">Tarn</a>.</div></div>""");
        Assert.Equal(
            ["Photographed by Noel Brandt.", "Harlow grey wool scarf, $60, available at Harlow.", "Photographed by Noel Brandt.", "Tarn green check scarf, $45, available at Tarn."],
            page.Captions);
    }

    [Fact]
    public void A_credit_after_the_caption_words_stays_their_tail()
    {
        var page = Parse(
            """<div class="content-caption"><div class="description">Harlow grey wool scarf.</div><div class="credit">Photographed by Noel Brandt.</div></div>""",
            """<div class="content-caption"><div class="description">Tarn green check scarf.</div></div>""");
        Assert.Equal(["Harlow grey wool scarf. Photographed by Noel Brandt.", "Tarn green check scarf."], page.Captions);
    }

    [Fact]
    public void A_box_named_a_credit_opening_on_its_caption_span_stays_one_entry()
    {
        var page = Parse(
            """<figcaption class="lead-media__credit o-credit"><span class="o-credit__caption">Harlow grey wool scarf.</span><span class="o-credit__attribution">Noel Brandt / Fernside</span></figcaption>""",
            """<div class="content-caption"><div class="description">Tarn green check scarf.</div></div>""");
        Assert.Equal(["Harlow grey wool scarf. Noel Brandt / Fernside", "Tarn green check scarf."], page.Captions);
    }
}
