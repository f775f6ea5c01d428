using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleInAsideTests
{
    private const string Text =
        "<p>Lindholm (dpa) - Für einen Roman über eine Fährstadt hat Greta Himmelreich den Preis der Buchmesse erhalten. Das Buch erzählt "
        + "in vielen Episoden von den Jahren nach dem Krieg aus der Sicht einer Dreizehnjährigen am Hafen.</p>";

    private static IReadOnlyList<string> BodyOf(string main) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Preis für Greta Himmelreich - Lindholmer Zeitung</title></head><body>
        <header><a href="/">Lindholmer Zeitung</a></header>
        <main>{{main}}</main>
        <aside class="service"><p>Alles kostenlos? Guter Journalismus kostet Geld, darum gibt es das Abo der Zeitung hier.</p></aside>
        </body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void An_aside_holding_the_headline_and_the_text_is_the_main_column()
    {
        var body = BodyOf($"""<aside class="pa direct-content"><section itemscope itemtype="http://schema.org/Article"><h1>Preis für Greta Himmelreich</h1><div itemprop="articleBody">{Text}</div></section></aside>""");

        Assert.Single(body);
        Assert.StartsWith("Lindholm (dpa)", body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidebar_aside_still_goes()
    {
        var body = BodyOf($"""<h1>Preis für Greta Himmelreich</h1><div itemprop="articleBody">{Text}</div>""");

        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Alles kostenlos", StringComparison.Ordinal));
    }
}
