using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylinedLinkedHeadingCardTests
{
    private static IReadOnlyList<string> BodyOf(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferries switch to batteries | Tideline</title></head><body>
        <article><h1>Harbour ferries switch to batteries</h1>
        <div class="body"><p>The harbour's two ferries have run on batteries since Monday, the operator said on Tuesday, after a year of trials on the short crossing.</p>
        {{box}}
        <p>The boats charge overnight at the northern pier and manage twelve crossings a day, the operator added in its statement.</p></div>
        </article></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_card_whose_heading_and_picture_lead_to_one_other_story_goes_with_its_byline_and_date()
    {
        var body = BodyOf("""
            <div class="embed"><div class="card"><div class="card-content">
            <div class="card-section"><a href="/section/sea">Sea</a></div>
            <h3 class="card-hed"><a href="/article/ab12/shipyard-wins-order-for-three-ferries">Shipyard Wins Order for Three New Ferries</a></h3>
            <div class="card-details"><div class="card-byline">Jonas Ferriby</div><time datetime="2020-02-15T00:00">02.15.20</time></div></div>
            <div class="card-image"><a href="/article/ab12/shipyard-wins-order-for-three-ferries"><picture><img alt=""></picture></a></div></div></div>
            """);

        Assert.Equal(2, body.Count);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Shipyard", StringComparison.Ordinal) || paragraph.Contains("Ferriby", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_whose_heading_links_elsewhere_than_its_picture_stays()
    {
        var body = BodyOf("""
            <div class="box"><h3><a href="/topic/ferries">Ferries</a></h3>
            <div>Jonas Ferriby</div><time datetime="2020-02-15T00:00">02.15.20</time>
            <a href="/gallery/7"><img src="ferry.jpg" alt=""></a></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("Ferries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_with_a_paragraph_of_its_own_stays()
    {
        var body = BodyOf("""
            <div class="card"><h3><a href="/article/ab12">Shipyard Wins Order</a></h3>
            <p>The order keeps 200 jobs at the yard until 2022.</p><time datetime="2020-02-15T00:00">02.15.20</time>
            <a href="/article/ab12"><img src="yard.jpg" alt=""></a></div>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("200 jobs", StringComparison.Ordinal));
    }
}
