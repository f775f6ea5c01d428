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

    [Fact]
    public void A_title_whose_lead_the_heading_does_not_print_apart_is_kept()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>Hamburger Hafen: Reedereien drohen mit Abzug</h1></body></html>");

        Assert.Equal("Hamburger Hafen: Reedereien drohen mit Abzug", KickerSpanInHeading.Without(document, "Hamburger Hafen: Reedereien drohen mit Abzug"));
    }
}
