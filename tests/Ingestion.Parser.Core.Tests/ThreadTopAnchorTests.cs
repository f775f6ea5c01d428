using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadTopAnchorTests
{
    private static ParsedPage Parse(string countTarget, string threadTop) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Der Dorfladen bleibt offen – Talbote</title></head><body>
        <div class="beitrag"><div class="meta"><a href="/autor/lena_brandt">Lena Brandt</a> / 14.03.2019 / 08:30 /
        <a href="#{{countTarget}}" class="zahl"><img src="/icons/brief.svg" width="18" height="22" alt=""><span>37</span></a></div>
        <div id="maincontent"><h2>Der Dorfladen bleibt offen</h2>
        <p>Der kleine Laden am Brunnen bleibt auch im nächsten Jahr geöffnet, weil sich zwölf Familien die Miete teilen wollen.</p>
        <p>Die Gemeinde stellt den Raum im alten Schulhaus weiter zur Verfügung, und der Bäcker aus dem Nachbarort liefert jeden Morgen.</p>
        </div></div>
        <div id="comment_entries"><div class="titel">Leserbriefe</div>
        <p class="regeln">{{threadTop}}<a href="/seite/regeln">Regeln</a></p>
        <div class="brief"><div class="brief_meta"><span class="autor">Jonas Weber</span> / 14.03.2019</div>
        <p>Endlich eine gute Nachricht aus dem Tal, ich kaufe dort seit Jahren mein Brot und hoffe, das bleibt so.</p></div>
        <a name="brief_2"></a>
        <div class="brief"><div class="brief_meta"><span class="autor">Ute Sommer</span> / 14.03.2019</div>
        <p>Zwölf Familien sind nicht viel, aber vielleicht finden sich noch mehr, wenn der Laden im Sommer länger offen hat.</p></div>
        </div></body></html>
        """), "laden.html");

    [Fact]
    public void A_bare_count_linking_to_the_threads_opening_named_anchor_declares_the_count()
    {
        var page = Parse("briefe_start", """<a name="briefe_start"></a>""");

        Assert.Equal(37, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_bare_count_linking_to_one_comments_anchor_declares_nothing()
    {
        var page = Parse("brief_2", "");

        Assert.Null(page.DeclaredCommentCount);
    }
}
