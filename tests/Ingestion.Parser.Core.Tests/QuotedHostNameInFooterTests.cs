using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuotedHostNameInFooterTests
{
    private static ParsedPage Parse(string url, string footer) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Die Hafenfähre fährt im Winter seltener</title><meta property="og:url" content="{url}"></head><body>
        <div class="menu"><a href="/epaper"><b>E-Paper</b></a> <a href="/app"><b>App</b></a></div>
        <a class="home-link" href="/"><img src="/logo.png" alt=""></a>
        <div id="article"><h1 class="title">Die Hafenfähre fährt im Winter seltener</h1>
        <div class="content"><p>Die Hafenverwaltung hat am Montag beschlossen, dass die Fähre im Winter nur noch stündlich fährt. Das betrifft vor allem Pendler aus dem Osten der Stadt.</p>
        <p>Die Gewerkschaft kritisiert den Entscheid scharf und fordert eine Anhörung der Betroffenen vor dem Stadtrat im Dezember.</p></div></div>
        <footer><span>© Hafenmedien AG</span><span>{footer}</span></footer>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_imprints_quoted_name_spelling_the_host_is_the_site()
    {
        var page = Parse("https://www.seeboteblatt.ch/hafenfaehre", "«Seeboteblatt» | Hafenmedien AG | Hafenstrasse 3 | 9999 Seedorf | Telefon 000 000 00 00");

        Assert.Equal("Seeboteblatt", page.Site);
    }

    [Fact]
    public void A_quoted_name_that_does_not_spell_the_host_gives_no_site()
    {
        var page = Parse("https://www.seeboteblatt.ch/hafenfaehre", "«Hafenkurier» | Hafenmedien AG | Hafenstrasse 3 | 9999 Seedorf");

        Assert.NotEqual("Hafenkurier", page.Site);
    }
}
