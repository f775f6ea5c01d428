using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateRightOverHeadlineTests
{
    private const string FrontPage = """
        <html><head><meta charset="UTF-8"><title>Gartenfreunde Nordheide | Verein für Klein- und Hausgärten</title></head>
        <body class="home blog"><div id="wrapper"><div id="header">
        <h1><a href="https://example.org/gartenfreunde/" rel="home"><img src="/images/banner.png" alt="Gartenfreunde Nordheide"></a></h1></div>
        <div id="main"><h1>Aktuelles</h1>
        <div class="entry"><p class="datum">[<a href="/2015/04/11/putz/">Samstag, 11. April 2015</a>]</p>
        <h2><a href="/2015/04/11/putz/" rel="bookmark">Frühjahrsputz 2015</a></h2>
        <div class="text"><p>Liebe Gartenfreundinnen und Gartenfreunde aus Nordheide,</p>
        <p>am 25. April treffen wir uns wieder zum großen Frühjahrsputz auf dem Vereinsgelände, mit Schubkarren, Harken und reichlich Kaffee für alle, die mit anpacken wollen!</p></div></div>
        <div class="entry"><p class="datum">[<a href="/2015/03/02/saatgut/">Montag, 2. März 2015</a>]</p>
        <h2><a href="/2015/03/02/saatgut/" rel="bookmark">Saatguttausch im Vereinsheim</a></h2>
        <div class="text"><p>Bringt mit, was ihr im Herbst geerntet habt: Bohnen, Tomaten, Ringelblumen und alles, was sonst noch keimt, wird am Sonntag im Vereinsheim getauscht.</p></div></div>
        <div class="entry"><p class="datum">[<a href="/2015/01/20/versammlung/">Dienstag, 20. Januar 2015</a>]</p>
        <h2><a href="/2015/01/20/versammlung/" rel="bookmark">Jahresversammlung</a></h2>
        <div class="text"><p>Die Jahresversammlung findet diesmal im Gasthof am Markt statt, die Einladung mit der Tagesordnung geht allen Mitgliedern per Post zu.</p></div></div>
        </div></div></body></html>
        """;

    [Fact]
    public void The_first_entrys_day_over_its_headline_is_the_pages_date() =>
        Assert.Equal("2015-04-11", HtmlPageSplitter.Split(FrontPage).PublishedAt);

    [Fact]
    public void One_entry_under_it_is_not_enough_and_the_date_under_the_headline_wins()
    {
        var start = FrontPage.IndexOf("""<div class="entry"><p class="datum">[<a href="/2015/01/20/""", StringComparison.Ordinal);
        var end = FrontPage.IndexOf("</div></div>\n</div></div></body>", start, StringComparison.Ordinal) + "</div></div>\n".Length;
        var twoEntries = FrontPage.Remove(start, end - start);
        Assert.Equal("2015-03-02", HtmlPageSplitter.Split(twoEntries).PublishedAt);
    }
}
