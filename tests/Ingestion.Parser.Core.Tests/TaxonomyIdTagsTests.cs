using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TaxonomyIdTagsTests
{
    private static ParsedPage Parse(string tagsField) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry returns to the island run - Harbour Post</title>
        <meta name="keywords" content="Harbour News"><meta name="tags" content="{{tagsField}}">
        <meta property="og:title" content="Ferry returns to the island run"><meta property="og:site_name" content="Harbour Post"></head><body>
        <article><h1>Ferry returns to the island run</h1>
        <span class="byline">Marta Olsen</span>
        <section class="content-body">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </section></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_tags_field_of_repository_ids_gives_way_to_the_keywords()
    {
        Assert.Equal(["Harbour News"], Parse("topic:harbour").Tags);
        Assert.Equal(["Harbour News"], Parse("topic:harbour, section:news/ferries").Tags);
    }

    [Fact]
    public void A_tags_field_of_names_keeps_its_tags()
    {
        Assert.Equal(["Ferries", "Storms"], Parse("Ferries, Storms").Tags);
        Assert.Equal(["Ferries", "topic:harbour"], Parse("Ferries, topic:harbour").Tags);
    }
}
