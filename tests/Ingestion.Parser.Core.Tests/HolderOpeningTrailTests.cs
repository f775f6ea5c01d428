using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HolderOpeningTrailTests
{
    private static ParsedPage Parse(string trail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Die Sennerei öffnet wieder</title></head><body>
        <header><div id="logo"></div>
        <ul class="nav"><li><a href="/zimmer/">Zimmer</a><ul><li><a href="/zimmer/familie/">Familienzimmer mit BERGBLICK</a></li><li><a href="/zimmer/suite/">Suite</a></li></ul></li>
        <li><a href="/essen/">Essen</a></li></ul></header>
        <div id="inhalt"><div class="kopf"><h5><a href="/">{{trail}}</a> &rsaquo; <a href="/magazin/">Magazin</a> &rsaquo; <a href="/magazin/blog/">Blog</a></h5>
        <h1>Die Sennerei öffnet wieder</h1></div>
        <div class="text">
        <p>Nach dem langen Winter öffnet die Sennerei am Talende wieder ihre Türen, und die ersten Laibe reifen schon im Keller.</p>
        <p>Führungen durch den Käsekeller gibt es jeden Mittwoch um zehn Uhr, eine Anmeldung an der Rezeption genügt.</p>
        </div></div>
        <footer><h4>Service</h4><a href="/newsletter/">Newsletter bestellen</a></footer>
        <div id="copyright"><div>&copy; 2019 Ferienwelt Tannberg</div><div><a href="/impressum/">Impressum</a></div></div>
        </body></html>
        """), "sennerei.html");

    [Fact]
    public void A_trail_opening_with_the_copyright_holder_names_the_site()
    {
        var page = Parse("Ferienwelt Tannberg");
        Assert.Equal("Ferienwelt Tannberg", page.Site);
        Assert.Equal("Die Sennerei öffnet wieder", page.Title);
    }

    [Fact]
    public void A_trail_opening_with_another_name_leaves_the_site_alone()
    {
        var page = Parse("Startseite");
        Assert.NotEqual("Ferienwelt Tannberg", page.Site);
    }
}
