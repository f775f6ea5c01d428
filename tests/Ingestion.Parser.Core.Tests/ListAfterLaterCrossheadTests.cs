using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ListAfterLaterCrossheadTests
{
    private const string Page = """
        <html><head><title>Beete teilen | Krautwerk</title></head><body>
        <header><h1>Krautwerk</h1></header>
        <article id="content"><header><h2>Beete teilen</h2>
        <p>Wer ein Beet mit anderen teilt, sollte vorher einiges klären, sonst wird aus dem Gemüse schnell ein Streitfall am Gartenzaun.</p></header>
        <aside class="postData"><dl><dt>Datum</dt><dd>03.04.2019</dd></dl></aside>
        <h3>Ziel der Sache</h3>
        <p>Bevor der erste Spaten in die Erde geht, sollten alle Beteiligten wissen, wer was pflanzt, wer gießt und wem die Ernte am Ende gehört.</p>
        <h3>Schritte</h3>
        <ol><li>Eine Liste am Schuppen anlegen, in die jeder einträgt, was er pflanzt und wann er gießt.</li><li>Einmal im Monat gemeinsam jäten und die Liste nachsehen.</li></ol>
        <h3>LAST</h3>
        <p>Wer so vorgeht, hat am Ende des Sommers mehr Gemüse und weniger Ärger, und die Nachbarn helfen gern beim nächsten Beet.</p>
        </article></body></html>
        """;

    [Fact]
    public void The_first_crosshead_under_the_articles_header_stays_when_a_later_one_heads_a_list()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("LAST", "Am Ende")), "beete.html");

        Assert.Equal("Ziel der Sache", page.BodyParagraphs[0]);
        Assert.Contains("Schritte", page.BodyParagraphs);
    }

    [Fact]
    public void A_lone_heading_over_the_text_stays_out()
    {
        var html = Page.Replace("<h3>Schritte</h3>", string.Empty).Replace("<h3>LAST</h3>", string.Empty);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "beete.html");

        Assert.DoesNotContain("Ziel der Sache", page.BodyParagraphs);
    }
}
