using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelHomeLinkInTitleTests
{
    private static string? NameOf(string html) => RelHomeLinkInTitle.Name(new HtmlParser().ParseDocument(html));

    [Fact]
    public void The_banners_name_before_the_bar_is_the_site_when_the_title_holds_it() =>
        Assert.Equal("Gartenfreunde Nordheide", NameOf("""
            <html><head><title>Gartenfreunde Nordheide | Verein für Klein- und Hausgärten</title></head><body>
            <h1><a href="https://example.org/gartenfreunde/" rel="home"><img src="/banner.png" alt="Gartenfreunde Nordheide | Willkommen im Verein"></a></h1>
            </body></html>
            """));

    [Fact]
    public void The_links_title_names_the_site_too() =>
        Assert.Equal("Gartenfreunde Nordheide", NameOf("""
            <html><head><title>Aktuelles - Gartenfreunde Nordheide</title></head><body>
            <a href="https://example.org/gartenfreunde/" title="Gartenfreunde Nordheide" rel="home"><img src="/banner.png" alt=""></a>
            </body></html>
            """));

    [Fact]
    public void A_name_the_document_title_does_not_hold_is_none() =>
        Assert.Null(NameOf("""
            <html><head><title>Gartenfreunde | Verein für Klein- und Hausgärten</title></head><body>
            <h1><a href="https://example.org/gartenfreunde/" rel="home"><img src="/banner.png" alt="Gartenfreunde Nordheide | Willkommen im Verein"></a></h1>
            </body></html>
            """));

    [Fact]
    public void A_home_link_without_rel_home_is_left_to_the_other_logo_rules() =>
        Assert.Null(NameOf("""
            <html><head><title>Gartenfreunde Nordheide | Verein für Klein- und Hausgärten</title></head><body>
            <h1><a href="https://example.org/gartenfreunde/"><img src="/banner.png" alt="Gartenfreunde Nordheide | Willkommen im Verein"></a></h1>
            </body></html>
            """));
}
