using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Drupal 7's hidden "sioc:num_replies" of a promoted teaser card under the post is that card's node's count, not the
/// page's; the page's own node's count (its "about" the page's address, its short "dc:title" not the document title's)
/// is still declared.
/// </summary>
public class TeaserNodeReplyCountTests
{
    private static string Page(string ownNode) => $"""
        <html prefix="dc: http://purl.org/dc/terms/ sioc: http://rdfs.org/sioc/ns#"><head><title>Harbour Ferries Keep Their Winter Timetable | harbour.example</title><link rel="canonical" href="https://harbour.example/blog/ferries"></head><body>
        <div class="node node-blog-post" about="/blog/ferries">
        <h1>Harbour Ferries Keep Their Winter Timetable</h1>
        <div class="byline">January 17, 2017 at 6:08 PM ET by <a href="/author/dana-reyes">Dana Reyes</a></div>
        <div class="body"><p>The council agreed on Tuesday that the ferries will keep their winter timetable until the end of April, a month longer than planned.</p>
        <p>Riders had asked for the later boats to stay, and the operator said the crews could cover the extra weeks without new hires.</p></div>
        {ownNode}
        </div>
        <div class="promoted">
        <article class="node node-tout" about="/node/279071"><a class="tout-wrapper" href="/budget"><div class="tout-text"><h2>Read the council's budget for the coming year.</h2></div></a>
        <span property="dc:title" content="Read the council's budget for the coming year." class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span></article>
        </div>
        </body></html>
        """;

    [Fact]
    public void A_teaser_cards_reply_count_is_not_the_pages()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("")), "post.html");

        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void The_pages_own_node_count_is_declared()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <span property="dc:title" content="Ferries keep winter times" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="3" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
            """)), "post.html");

        Assert.Equal(3, page.DeclaredCommentCount);
    }
}
