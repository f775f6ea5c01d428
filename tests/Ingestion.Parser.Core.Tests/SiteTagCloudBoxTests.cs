using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteTagCloudBoxTests
{
    private static ParsedPage Parse(string sidebar) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Die Kräuterspirale im Herbst | Beetgeflüster</title>
        <meta property="og:site_name" content="Beetgeflüster"></head><body>
        <div id="content"><div class="post hentry" id="post-77">
        <h1 class="title">Die Kräuterspirale im Herbst</h1>
        <p class="date">3. Oktober 2019</p>
        <div class="entry">
        <p>Im Oktober wird die Kräuterspirale zurückgeschnitten, bevor der erste Frost kommt. Thymian und Salbei bleiben stehen, der Schnittlauch darf bis zum Boden.</p>
        <p>Wer die Steine im Herbst mit Laub abdeckt, schützt die Wurzeln der Rosmarinbüsche und gibt Igeln einen Platz für den Winter.</p>
        </div>
        <span class="tags"><a href="/tag/kraeuter/" rel="tag">Kräuter</a>, <a href="/tag/herbstarbeit/" rel="tag">Herbstarbeit</a></span>
        </div></div>
        <div id="sidebar">{sidebar}</div>
        </body></html>
        """), "kraeuter.html");

    [Fact]
    public void A_sidebar_tag_cloud_under_a_keywords_heading_gives_way_to_the_posts_tags()
    {
        var page = Parse("""
            <div id="wp_tag_cloud-2" class="widget wp_widget_tag_cloud"><h3>Schlagwörter</h3><div style="overflow:hidden">
            <a href="/tag/balkon/" class="tag-cloud-link tag-link-4" style="font-size: 12pt;" aria-label="Balkon (14 Einträge)">Balkon</a>
            <a href="/tag/kompost/" class="tag-cloud-link tag-link-9" style="font-size: 22pt;" aria-label="Kompost (40 Einträge)">Kompost</a>
            <a href="/tag/saatgut/" class="tag-cloud-link tag-link-11" style="font-size: 8pt;" aria-label="Saatgut (3 Einträge)">Saatgut</a>
            </div></div>
            """);

        Assert.Equal(["Kräuter", "Herbstarbeit"], page.Tags);
    }

    [Fact]
    public void A_keywords_heading_over_a_plain_box_of_links_still_gives_the_tags()
    {
        var page = Parse("""
            <div class="widget"><h3>Schlagwörter</h3><div class="keyword-row">
            <a href="/tag/balkon/">Balkon</a> | <a href="/tag/kompost/">Kompost</a>
            </div></div>
            """);

        Assert.Equal(["Balkon", "Kompost"], page.Tags);
    }
}
