using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KickerSpanInHeadingTests
{
    [Theory]
    [InlineData("<span class=\"headline-intro\">Hamburger Hafen</span><span class=\"headline\">Reedereien drohen mit Abzug</span>")]
    [InlineData("<span class=\"headline-intro\">Hamburger Hafen:</span> <span class=\"headline\">Reedereien drohen mit Abzug</span>")]
    public void The_headline_is_the_span_after_the_kicker_the_title_leads_with(string heading)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h2>" + heading + "</h2></body></html>");

        Assert.Equal("Reedereien drohen mit Abzug", KickerSpanInHeading.Without(document, "Hamburger Hafen: Reedereien drohen mit Abzug"));
    }

    [Theory]
    [InlineData("<strong>Stadtbahn</strong> Verkehrsverbund streicht Nachtlinien")]
    [InlineData("\n <strong>\n Stadtbahn\n </strong>\n Verkehrsverbund streicht Nachtlinien\n ")]
    [InlineData("<b>Stadtbahn:</b> Verkehrsverbund streicht Nachtlinien")]
    public void The_headline_is_the_headings_own_words_after_a_bold_kicker(string heading)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>Stadtbahn: Verkehrsverbund streicht Nachtlinien</h1><article><h2>" + heading + "</h2></article></body></html>");

        Assert.Equal("Verkehrsverbund streicht Nachtlinien", KickerSpanInHeading.Without(document, "Stadtbahn: Verkehrsverbund streicht Nachtlinien"));
    }

    [Theory]
    [InlineData("Der <strong>Stadtbahn</strong> Verkehrsverbund streicht Nachtlinien")]
    [InlineData("<strong>Stadtbahn</strong> Verkehrsverbund streicht alle Nachtlinien")]
    public void A_bold_word_inside_the_headline_or_another_headline_leaves_the_title(string heading)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h2>" + heading + "</h2></body></html>");

        Assert.Equal("Stadtbahn: Verkehrsverbund streicht Nachtlinien", KickerSpanInHeading.Without(document, "Stadtbahn: Verkehrsverbund streicht Nachtlinien"));
    }

    [Fact]
    public void A_title_whose_lead_the_heading_does_not_print_apart_is_kept()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>Hamburger Hafen: Reedereien drohen mit Abzug</h1></body></html>");

        Assert.Equal("Hamburger Hafen: Reedereien drohen mit Abzug", KickerSpanInHeading.Without(document, "Hamburger Hafen: Reedereien drohen mit Abzug"));
    }
}
