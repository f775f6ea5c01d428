using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>TitleNamedTagLink widened: a link into the tag archive ("/tag/Name/") shows a tag as rel="tag" does.</summary>
public class TagArchiveLinkTests
{
    private static ParsedPage Parse(string tagList) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Warmes Licht im Herbst</title><meta property="og:site_name" content="Lampenhaus">
        <meta name="keywords" content="Lampenhaus, Stehleuchte, Herbst"></head><body>
        <div class="post"><h1>Warmes Licht im Herbst</h1>
        <div class="post-text"><p>Wenn die Tage kürzer werden, lohnt sich ein Blick auf die Beleuchtung im Wohnzimmer, denn eine warme Lichtfarbe macht den Raum gemütlicher.</p>
        <p>Stehleuchten mit Stoffschirm streuen das Licht weich, während Pendelleuchten über dem Esstisch einen hellen Mittelpunkt setzen.</p></div>
        <div class="tags"><span>Schlagworte:</span>{tagList}</div></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_sites_name_shown_as_a_tag_archive_link_stays_a_tag()
    {
        var page = Parse("""<ul><li><a href="/blog/tag/Lampenhaus/">Lampenhaus</a></li><li><a href="/blog/tag/Stehleuchte/">Stehleuchte</a></li><li><a href="/blog/tag/Herbst/">Herbst</a></li></ul>""");

        Assert.Contains("Lampenhaus", page.Tags);
    }

    [Fact]
    public void The_sites_name_no_link_shows_is_no_tag()
    {
        var page = Parse("""<ul><li><a href="/blog/tag/Stehleuchte/">Stehleuchte</a></li><li><a href="/blog/tag/Herbst/">Herbst</a></li></ul>""");

        Assert.DoesNotContain("Lampenhaus", page.Tags);
    }
}
