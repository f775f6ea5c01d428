using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A kicker span, a hidden ": " span and the headline span in one heading: the title is the headline alone.</summary>
public class KickerSeparatorSpanTests
{
    private const string Text =
        "<p>Wenn Konrad Heuser über die Leitung spricht, zieht er mit dem Finger eine Linie über den Küchentisch, vom Brotkorb bis zur Zuckerdose.</p>"
        + "<p>Die Leitung soll Windstrom aus dem Norden in die Verbrauchszentren im Süden bringen und ist Teil des Netzausbaus.</p>";

    private static ParsedPage Parse(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Stromtrasse: Das Dorf, das sich nicht überspannen lassen will | GEGENWART ONLINE</title></head><body>"
        + "<article itemscope itemtype=\"http://schema.org/Article\">" + heading + "<div itemprop=\"articleBody\">" + Text + "</div></article></body></html>"), "page.html");

    [Fact]
    public void The_hidden_colon_between_kicker_and_headline_is_skipped()
    {
        var page = Parse("<h1 itemprop=\"headline\"><span class=\"kicker\">Stromtrasse</span><span class=\"visually-hidden\">: </span><span class=\"heading\">Das Dorf, das sich nicht überspannen lassen will</span></h1>");

        Assert.Equal("Das Dorf, das sich nicht überspannen lassen will", page.Title);
    }

    [Fact]
    public void A_span_with_words_after_the_first_is_no_separator()
    {
        var page = Parse("<h1 itemprop=\"headline\"><span>Stromtrasse</span><span>: Das Dorf</span><span>, das sich nicht überspannen lassen will</span></h1>");

        Assert.Equal("Stromtrasse: Das Dorf, das sich nicht überspannen lassen will", page.Title);
    }
}
