using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A figure's caption hidden from screen readers only, its picture's alt text saying the same, is the picture's caption.</summary>
public class AriaHiddenAltCaptionTests
{
    private const string Alt = "Ferry passengers wait on the quay at the north harbour, March 3, 2023.";

    private static List<string> Captions(string alt, string captionAttributes)
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><figure class=\"article__media\"><picture><img src=\"quay.jpg\" alt=\"" + alt + " \"></picture>"
            + "<figcaption class=\"article__legend\" " + captionAttributes + ">" + Alt + "  <span class=\"article__credit\" aria-hidden=\"true\">JANE DOE / AGENCY</span></figcaption></figure>"
            + "<p>The night ferry turned back to the harbour after a passenger fell ill on the crossing to the island.</p></article></body></html>");
        return HtmlCaptions.Read(document);
    }

    [Fact]
    public void An_aria_hidden_caption_repeating_the_alt_text_is_the_caption_with_its_credit()
    {
        Assert.Equal([Alt + " JANE DOE / AGENCY"], Captions(Alt, "aria-hidden=\"true\""));
    }

    [Fact]
    public void An_aria_hidden_caption_beside_another_alt_text_stays_out()
    {
        Assert.Empty(Captions("Harbour crane at dusk over the empty quay", "aria-hidden=\"true\""));
    }

    [Fact]
    public void A_caption_hidden_from_the_eye_too_stays_out()
    {
        Assert.Empty(Captions(Alt, "aria-hidden=\"true\" style=\"display: none\""));
    }

    [Fact]
    public void A_short_alt_label_opening_the_caption_gives_no_caption()
    {
        Assert.Empty(Captions("Ferry passengers", "aria-hidden=\"true\""));
    }
}
