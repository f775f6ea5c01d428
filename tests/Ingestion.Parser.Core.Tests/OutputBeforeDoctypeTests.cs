using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OutputBeforeDoctypeTests
{
    private static ParsedPage Parse(string prefix) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(prefix + """
        <!DOCTYPE html> <html lang="en-US"> <head> <meta charset="utf-8">
        <title>Seals seen stealing herring from the night nets | Tidewatch</title>
        <meta value="Tidewatch" name="og:site_name"><meta value="2016-12-23T16:44:36Z" name="article:published_time">
        </head> <body> <article class="post type-post"> <header><h1 class="entry-title">Seals seen stealing herring from the night nets</h1>
        <div class="cb-byline"><div class="cb-author"><a href="/author/ivo/">Ivo</a></div>
        <div class="cb-date"><time class="updated" datetime="2016-12-23">December 23, 2016</time></div></div></header>
        <section class="entry-content">
        <p>Researchers watching the herring boats off the northern point have filmed grey seals pulling fish from the nets at night.</p>
        <p>In the film a young seal takes four fish from the net, though the animals are often caught in the mesh for their trouble.</p>
        <p>The crews say the losses have doubled since the spring, and the fisheries office has begun counting the seals at the point.</p>
        </section></article></body></html>
        """), "seals.html");

    [Fact]
    public void A_server_warning_before_the_doctype_leaves_the_head_metas_their_time()
    {
        var page = Parse("<br> <b>Warning</b>: session_start(): open(/tmp/sess_1, O_RDWR) failed: Disk quota exceeded (122) in <b>/home/site/lib.php</b> on line <b>145</b><br> ");

        Assert.Equal("2016-12-23T16:44:36+00:00", page.PublishedAt);
    }

    [Fact]
    public void An_xml_declaration_before_the_doctype_changes_nothing()
    {
        var page = Parse("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");

        Assert.Equal("2016-12-23T16:44:36+00:00", page.PublishedAt);
    }
}
