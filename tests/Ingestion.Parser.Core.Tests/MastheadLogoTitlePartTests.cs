using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MastheadLogoTitlePartTests
{
    private static readonly string[] Parts = ["Wie man Beete mit den Nachbarn teilt", "Krautwerk", "Garten . Kurse . Beratung"];

    [Fact]
    public void The_part_the_unlinked_masthead_logo_spells_is_the_site()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><header><h1><object data=\"/logo.svg\"><img src=\"/logo.png\" alt=\"Krautwerk\"></object><span>Garten . Kurse . Beratung</span></h1></header>"
            + "<article><p>Text.</p></article></body></html>");

        Assert.Equal("Krautwerk", MastheadLogoTitlePart.Part(document, Parts));
        Assert.Equal("Krautwerk", PageNameInTitle.SiteOf(document, string.Join(" | ", Parts)));
    }

    [Fact]
    public void A_picture_in_the_story_carrying_a_title_part_names_no_site()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><header><h1><span>Garten . Kurse . Beratung</span></h1></header>"
            + "<article><header><h1>Beete</h1><img src=\"/beet.jpg\" alt=\"Wie man Beete mit den Nachbarn teilt\"></header><p>Text.</p></article></body></html>");

        Assert.Null(MastheadLogoTitlePart.Part(document, Parts));
    }
}
