using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareCountCaptionTests
{
    private const string Page = """
        <html><head><title>Plane circles the city | Daily Wire Desk</title></head><body>
        <article class="post story"><header class="article-header"><h1 class="title">Plane circles the city for an hour</h1>
        <aside class="shares social"><div class="total-shares"><em>412</em><div class="caption">Shares</div></div>
        <div class="velocity-graph"><canvas></canvas><div class="caption">What's This?</div></div></aside>
        <div class="article-info"><span class="author_name">By <a href="/author/x/">Mara Quist</a></span></div></header>
        <section class="article-content">
        <p>A large grey plane circled the city for at least thirty minutes on Tuesday afternoon, causing quite a stir among people below.</p>
        <figure class="image"><img src="http://x.test/pic-2.jpg"><figcaption class="caption">The plane over the river on Tuesday.</figcaption></figure>
        <p>The air base said later that the crew was on a routine training flight and that nobody in the city had any reason to worry.</p>
        </section></article></body></html>
        """;

    [Fact]
    public void A_share_boxs_labels_under_its_count_and_graph_are_no_captions()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "plane.html");
        Assert.Equal(["The plane over the river on Tuesday."], page.Captions);
    }

    [Fact]
    public void A_shared_pictures_caption_inside_a_share_box_stays()
    {
        var html = Page.Replace("<canvas></canvas>", "<img src=\"http://x.test/graph.png\">");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "plane.html");
        Assert.Contains("What's This?", page.Captions);
    }
}
