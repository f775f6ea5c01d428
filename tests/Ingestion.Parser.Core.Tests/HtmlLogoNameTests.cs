using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A page with no site metadata names its site by the logo picture's alt text, without the word "logo".</summary>
public class HtmlLogoNameTests
{
    [Theory]
    [InlineData("The Carrow County Sentinel logo", "The Carrow County Sentinel")]
    [InlineData("The Carrow County Sentinel", "The Carrow County Sentinel")]
    public void The_logos_alt_text_names_the_site(string alt, string site)
    {
        var html = "<html><head><title>Water district raises rates</title></head><body><header><a class=\"nav-logo\" href=\"/\"><img src=\"/logo.svg\" alt=\""
            + alt + "\"></a></header><article><h1>Water district raises rates</h1>"
            + "<p>The water district will raise its rates by 14 percent next year after the failure of its filter plant in June.</p>"
            + "<p>The board voted four to one on Tuesday night after a two-hour hearing in the district's offices.</p></article></body></html>";

        Assert.Equal(site, PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").Site);
    }

    [Theory]
    [InlineData("Accueil")]
    [InlineData("Startseite")]
    [InlineData("Home")]
    public void A_logo_alt_naming_the_link_home_is_no_site(string alt)
    {
        var html = "<html><head><title>Le décret sur les statuts est publié | Université du Val</title></head><body><header><a class=\"logo\" href=\"/\" title=\"Accueil\" rel=\"home\"><img src=\"/logo.png\" alt=\""
            + alt + "\"></a></header><article><h1><span>Le décret sur les statuts est publié</span></h1>"
            + "<p>Le décret validant les nouveaux statuts de l'université vient d'être publié, après deux ans de travaux entre les écoles.</p>"
            + "<p>Il consacre le rapprochement entre les grandes écoles du site et l'université, qui délivrera désormais tous les diplômes.</p></article></body></html>";

        Assert.Equal("Université du Val", PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").Site);
    }
}
