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

    [Fact]
    public void A_colon_span_of_its_own_between_kicker_and_headline_spaced_in_the_title_still_parts_them()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>\n <span class=\"headline--topline\">Hafenfest</span>\n <span class=\"headline--colon\">: </span>\n "
            + "<span class=\"headline--1\">Nachtfähre fährt wieder bis Mitternacht </span>\n</h1></body></html>");

        Assert.Equal("Nachtfähre fährt wieder bis Mitternacht", KickerSpanInHeading.Without(document, "Hafenfest : Nachtfähre fährt wieder bis Mitternacht"));
    }

    [Fact]
    public void A_spaced_colon_in_a_title_no_kicker_span_prints_is_kept()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>Hafenfest : Nachtfähre fährt wieder bis Mitternacht</h1></body></html>");

        Assert.Equal("Hafenfest : Nachtfähre fährt wieder bis Mitternacht", KickerSpanInHeading.Without(document, "Hafenfest : Nachtfähre fährt wieder bis Mitternacht"));
    }
}
