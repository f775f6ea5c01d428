using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SalutationLineTests
{
    [Theory]
    [InlineData("Liebe Gartenfreundinnen und Gartenfreunde aus Nordheide,")]
    [InlineData("Dear neighbours and friends of the allotments,")]
    [InlineData("Chers amis du jardin,")]
    public void A_greeting_ending_in_a_comma_is_a_salutation(string line) => Assert.True(SalutationLine.Is(line));

    [Theory]
    [InlineData("Liebe Gartenfreundinnen und Gartenfreunde aus Nordheide")]
    [InlineData("Mayor says budget, taxes and fees will rise,")]
    [InlineData("liebe Grüße,")]
    public void A_line_without_the_greeting_and_its_comma_is_none(string line) => Assert.False(SalutationLine.Is(line));

    private const string FrontPage = """
        <html><head><meta charset="UTF-8"><title>Gartenfreunde Nordheide | Verein für Klein- und Hausgärten</title></head>
        <body class="home blog"><div id="wrapper"><div id="header">
        <h1><a href="https://example.org/gartenfreunde/" title="Gartenfreunde Nordheide" rel="home"><img src="/images/banner.png" alt="Gartenfreunde Nordheide | Willkommen im Verein" /></a></h1>
        <div class="menu-header"><ul id="menu-haupt" class="menu"><li><a href="/">Startseite</a></li><li><a href="/termine/">Termine</a></li><li><a href="/vorstand/">Vorstand</a></li></ul></div></div>
        <div id="main"><h1>Aktuelles</h1>
        <div class="newsentry"><p class="newsdatum">[<a href="https://example.org/gartenfreunde/2015/04/11/fruehjahrsputz/">Samstag, 11. April 2015</a>]</p>
        <h2 class="newsheading"><a href="https://example.org/gartenfreunde/2015/04/11/fruehjahrsputz/" rel="bookmark">Frühjahrsputz 2015</a></h2>
        <div class="newstext"><p>Liebe Gartenfreundinnen und Gartenfreunde aus Nordheide,</p>
        <p>am 25. April treffen wir uns wieder zum großen Frühjahrsputz auf dem Vereinsgelände, mit Schubkarren, Harken und reichlich Kaffee für alle, die mit anpacken wollen!</p>
        <p>Wer eine Motorsäge hat und damit umgehen kann, melde sich bitte vorher beim Vorstand, denn die alte Weide am Teich muss endlich gestutzt werden!</p></div></div>
        <div class="newsentry"><p class="newsdatum">[<a href="https://example.org/gartenfreunde/2015/03/02/saatgut/">Montag, 2. März 2015</a>]</p>
        <h2 class="newsheading"><a href="https://example.org/gartenfreunde/2015/03/02/saatgut/" rel="bookmark">Saatguttausch im Vereinsheim</a></h2>
        <div class="newstext"><p>Bringt mit, was ihr im Herbst geerntet habt: Bohnen, Tomaten, Ringelblumen und alles, was sonst noch keimt, wird am Sonntag im Vereinsheim getauscht.</p></div></div>
        </div></div></body></html>
        """;

    [Fact]
    public void A_salutation_stays_the_texts_first_line_under_the_short_headline_over_it()
    {
        var parsed = HtmlPageSplitter.Split(FrontPage);
        Assert.Equal("Frühjahrsputz 2015", parsed.Title);
        Assert.Equal("Liebe Gartenfreundinnen und Gartenfreunde aus Nordheide,", parsed.BodyParagraphs[0]);
        Assert.Equal("Gartenfreunde Nordheide", parsed.Site);
    }
}
