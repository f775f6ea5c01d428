using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnderscoreJoinedTagIdTests
{
    private static ParsedPage Parse(string tagsField) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Tram line reaches the old quarter - Riverside Courier</title>
        <meta name="keywords" content="old quarter"><meta name="tags" content="{{tagsField}}">
        <meta property="og:title" content="Tram line reaches the old quarter"><meta property="og:site_name" content="Riverside Courier"></head><body>
        <article><h1>Tram line reaches the old quarter</h1>
        <span class="byline">Ilse Brandt</span>
        <section class="content-body">
        <p>The first tram rolled into the old quarter on Monday, three years after the tracks were laid along the river road.</p>
        <p>Shopkeepers on the square said the stop outside the bakery had already brought more customers than the summer fair.</p>
        </section></article></body></html>
        """), "tram.html");

    [Fact]
    public void A_tags_field_of_underscore_joined_ids_gives_way_to_the_keywords()
    {
        Assert.Equal(["old quarter"], Parse("old_quarter").Tags);
        Assert.Equal(["old quarter"], Parse("old_quarter, tram_line_2").Tags);
    }

    [Fact]
    public void Words_and_names_stay_tags()
    {
        Assert.Equal(["trams"], Parse("trams").Tags);
        Assert.Equal(["Old_Quarter"], Parse("Old_Quarter").Tags);
        Assert.Equal(["trams", "old_quarter"], Parse("trams, old_quarter").Tags);
    }
}
