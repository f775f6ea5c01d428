using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedHeadingOverCardsTests
{
    private static IReadOnlyList<string> BodyOf(string after) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferries switch to batteries | Tideline</title></head><body>
        <article><h1>Harbour ferries switch to batteries</h1>
        <div class="body"><p>The harbour's two ferries have run on batteries since Monday, the operator said on Tuesday, after a year of trials on the short crossing.</p>
        <p>The boats charge overnight at the northern pier and manage twelve crossings a day, the operator added in its statement.</p></div>
        {{after}}
        </article></body></html>
        """), "page.html").BodyParagraphs;

    private static string CardOf(string label, string slug, string headline, string excerpt) => $"""
        <div class="card"><div class="card-text">
        <h3 class="card-cat"><span>{label}</span></h3>
        <div class="card-title"><a href="/{slug}/" rel="bookmark"><h2 class="card-headline">{headline}</h2></a></div>
        <p class="card-excerpt">{excerpt}</p>
        <div class="card-byline"><span><a href="/author/ines-marlow/">Ines Marlow</a></span><span>March 3, 2021</span></div>
        </div></div>
        """;

    [Fact]
    public void Cards_of_linked_headlines_under_a_related_posts_heading_are_no_text()
    {
        var body = BodyOf($"""
            <div class="more-wrap"><div class="more-head"><h4 class="more-title"><span>You May Also Like</span></h4></div>
            <div class="more-grid">
            {CardOf("Travel", "cold-store-opens", "Cold store opens on the east quay", "The new store keeps the morning's catch at two degrees until the lorries come.")}
            {CardOf("Business", "fish-company-hires", "Fish company hires forty packers", "The company is taking on packers for the winter season at its quay-side hall.")}
            </div></div>
            """);

        Assert.Equal(2, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Cold store", StringComparison.Ordinal) || paragraph.Contains("packers", StringComparison.Ordinal)
            || paragraph is "Travel" or "Business");
    }

    [Fact]
    public void Sections_of_the_text_under_a_heading_that_is_no_related_posts_label_stay()
    {
        var body = BodyOf($"""
            <div class="more-wrap"><div class="more-head"><h4 class="more-title"><span>The two boats</span></h4></div>
            <div class="more-grid">
            {CardOf("North", "north-boat", "The northern boat", "The older boat was refitted in the spring and now carries forty cars on each crossing.")}
            {CardOf("South", "south-boat", "The southern boat", "The newer boat was built with batteries and carries sixty cars on each crossing.")}
            </div></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("forty cars", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.Contains("sixty cars", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_under_a_related_heading_whose_blocks_hold_no_linked_headline_stays()
    {
        var body = BodyOf("""
            <div class="more-wrap"><h4>Related</h4>
            <div class="facts"><div><h3>Crossings</h3><p>Twelve a day, the first at six in the morning and the last at ten at night.</p></div>
            <div><h3>Charging</h3><p>Overnight at the northern pier, from the town's new substation.</p></div></div></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("Twelve a day", StringComparison.Ordinal));
    }
}
