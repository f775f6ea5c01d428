using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourceBoxClosingArticleTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Sängerin sagt Tournee ab | Modeblatt</title></head>
        <body><main><article class="o-article__text"><h1>Sängerin sagt Tournee ab</h1>
        <div class="rte"><p>Die Konzerte im Herbst fallen aus, wie das Management am Dienstag mitteilte.</p>
        <p>Karten sollen bis Ende des Monats erstattet werden, teilte der Veranstalter mit.</p></div>
        {{closing}}
        </article></main></body></html>
        """), "page.html");

    [Fact]
    public void An_agencys_name_in_a_source_box_closing_the_article_is_no_paragraph()
    {
        var page = Parse("""<div class="m-source"><div class="a-text-block">Sternwire</div></div>""");

        Assert.DoesNotContain("Sternwire", page.BodyParagraphs);
        Assert.Equal("Karten sollen bis Ende des Monats erstattet werden, teilte der Veranstalter mit.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_sentence_in_a_source_classed_box_stays()
    {
        var page = Parse("""<div class="m-source"><p>Die Angaben stammen aus dem Jahresbericht der Stadt.</p></div>""");

        Assert.Contains("Die Angaben stammen aus dem Jahresbericht der Stadt.", page.BodyParagraphs);
    }
}
