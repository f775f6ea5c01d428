using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlugShareTitleTests
{
    [Theory]
    [InlineData("verein-kinderrad-test-fruehjahr-2019")]
    [InlineData("kinderrad-test-2019")]
    public void An_address_slug_is_no_headline(string title) => Assert.True(SlugShareTitle.Is(title));

    [Theory]
    [InlineData("Kinderrad-Test 2019")]
    [InlineData("E-Bike-Test-2019")]
    [InlineData("12 Kinderräder im Test: Drei fallen durch")]
    [InlineData("Verein-Kinderrad-Test-2019")]
    public void A_written_title_is_not(string title) => Assert.False(SlugShareTitle.Is(title));

    [Fact]
    public void The_one_top_level_heading_is_the_headline()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>12 Kinderräder im Test: Drei fallen durch</h1><h2>Die Ergebnisse</h2></body></html>");
        Assert.Equal("12 Kinderräder im Test: Drei fallen durch", SlugShareTitle.ShownHeadline(document));
    }

    [Fact]
    public void Several_top_level_headings_name_none()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>Verein am See</h1><h1>12 Kinderräder im Test</h1></body></html>");
        Assert.Null(SlugShareTitle.ShownHeadline(document));
    }

    [Fact]
    public void A_page_whose_share_title_is_a_slug_takes_its_heading()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Kinderrad-Test 2019 | Verein</title><meta property="og:title" content="verein-kinderrad-test-fruehjahr-2019"></head>
            <body><main><h1>12 Kinderräder im Test: Drei fallen durch</h1><p>12.04.2019</p>
            <p>Der Verein hat zwölf Kinderräder auf Sicherheit, Gewicht und Bremsen geprüft. Drei Modelle fallen wegen loser Lenker durch.</p>
            <p>Die leichtesten Räder wiegen unter sieben Kilo, die schwersten fast zwölf. Für kleine Kinder zählt jedes Kilo beim Anfahren.</p>
            <p>Die Bremsen der meisten Räder greifen gut; nur zwei brauchen zu viel Handkraft für Kinderhände, sagt der Prüfer.</p></main></body></html>
            """), "kinderrad.html");
        Assert.Equal("12 Kinderräder im Test: Drei fallen durch", page.Title);
    }
}
