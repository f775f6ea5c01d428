using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BreadcrumbSectionInTitleTests
{
    private static ParsedPage Parse(string documentTitle, string crumb) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>{documentTitle}</title></head><body>
        <div class="trail-breadcrumbs"><ul>
        <li><a href="https://www.lampenhaus.example/">Start</a> / </li>
        <li><a href="https://www.lampenhaus.example/{crumb.ToLowerInvariant()}/">{crumb}</a> / </li>
        <li><a href="https://www.lampenhaus.example/{crumb.ToLowerInvariant()}/warmes-licht">Warmes Licht im Herbst</a></li>
        </ul></div>
        <div class="post"><h1>Warmes Licht im Herbst</h1>
        <div class="post-text"><p>Wenn die Tage kürzer werden, lohnt sich ein Blick auf die Beleuchtung im Wohnzimmer, denn eine warme Lichtfarbe macht den Raum gemütlicher.</p>
        <p>Stehleuchten mit Stoffschirm streuen das Licht weich, während Pendelleuchten über dem Esstisch einen hellen Mittelpunkt setzen.</p></div></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_title_part_a_crumb_repeats_is_the_section_not_the_site()
    {
        var page = Parse("Ratgeber - Warmes Licht im Herbst", "Ratgeber");

        Assert.Equal("Warmes Licht im Herbst", page.Title);
        Assert.NotEqual("Ratgeber", page.Site);
    }

    [Fact]
    public void A_title_part_no_crumb_repeats_stays_the_site()
    {
        var page = Parse("Lampenhaus Journal - Warmes Licht im Herbst", "Ratgeber");

        Assert.Equal("Lampenhaus Journal", page.Site);
    }
}
