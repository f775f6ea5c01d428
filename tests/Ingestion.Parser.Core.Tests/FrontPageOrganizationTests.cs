using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FrontPageOrganizationTests
{
    private static ParsedPage Parse(string organizationUrl) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ratgeber - Warmes Licht im Herbst</title></head><body>
        <div class="logo"><a href="https://www.lampenhaus.example/"><img src="/logo.png" alt=""></a></div>
        <div class="trail-breadcrumbs"><ul>
        <li><a href="https://www.lampenhaus.example/">Start</a> / </li>
        <li><a href="https://www.lampenhaus.example/ratgeber/">Ratgeber</a> / </li>
        <li><a href="https://www.lampenhaus.example/ratgeber/warmes-licht">Warmes Licht im Herbst</a></li>
        </ul></div>
        <div class="post"><h1>Warmes Licht im Herbst</h1>
        <div class="post-text"><p>Wenn die Tage kürzer werden, lohnt sich ein Blick auf die Beleuchtung im Wohnzimmer, denn eine warme Lichtfarbe macht den Raum gemütlicher.</p>
        <p>Stehleuchten mit Stoffschirm streuen das Licht weich, während Pendelleuchten über dem Esstisch einen hellen Mittelpunkt setzen.</p></div></div>
        <div class="copy">&copy; 2019 lampenhaus</div>
        <script type="application/ld+json">[{"@context":"http://schema.org","@type":"Organization","url":"{{organizationUrl}}","name":"LAMPENHAUS AG","telephone":"+41000000000"}]</script>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_company_node_at_the_logos_front_page_names_the_site_without_its_legal_form()
    {
        var page = Parse("https://www.lampenhaus.example/");

        Assert.Equal("LAMPENHAUS", page.Site);
    }

    [Fact]
    public void A_company_node_at_an_address_no_link_points_to_names_no_site()
    {
        var page = Parse("https://www.moebelgruppe.example/");

        Assert.NotEqual("LAMPENHAUS", page.Site);
    }
}
