using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserCardListItemTests
{
    private static IReadOnlyList<string> BodyOf(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Regenjacken für die Stadt - Stilblatt</title><meta property="og:site_name" content="Stilblatt"></head><body>
        <main><article class="article"><h1>Regenjacken für die Stadt</h1>
        <div class="content"><span class="toggle">
        <p>Eine gute Regenjacke fällt in der Stadt kaum auf und hält trotzdem einen ganzen Nachmittag Nieselregen ab.</p>
        <p>Wir haben fünf Modelle zwischen 80 und 300 Euro auf dem Weg ins Büro getragen und nach einer Woche verglichen.</p>
        {{closing}}
        </span></div></article></main></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void Card_list_items_closing_the_text_go()
    {
        var body = BodyOf("""
            <p><li class="col tsr"><a href="/schirme-im-test-101.html" rel="nofollow"><figure><img src="/b/1.jpg" alt="Schirm"></figure>
            <div class="text"><span class="headline3">Schirme im Test: Diese fünf überstehen jeden Sturm</span></div></a></li>
            <li class="col tsr"><a href="/gummistiefel-102.html" rel="nofollow"><figure><img src="/b/2.jpg" alt="Stiefel"></figure>
            <div class="text"><span class="headline3">Gummistiefel sind wieder da - so trägt man sie im Herbst</span></div></a></li></p>
            """);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_list_item_of_the_text_with_a_link_in_it_stays()
    {
        var body = BodyOf("""
            <ul><li>Wer im Laden anprobiert, sollte den <a href="/ratgeber/groessen">Größenratgeber</a> vorher gelesen haben, denn die Modelle fallen klein aus.</li></ul>
            """);

        Assert.Contains(body, paragraph => paragraph.Contains("Größenratgeber", StringComparison.Ordinal));
    }
}
