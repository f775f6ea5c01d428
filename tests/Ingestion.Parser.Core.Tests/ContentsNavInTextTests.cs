using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContentsNavInTextTests
{
    private const string Sections = """
        <h2><span class="toc-section" id="1_Nachtfaehre"></span>1. Nachtfähre</h2>
        <p>Die Nachtfähre fährt auch im Winter um halb zwölf, hat die Hafenverwaltung am Montag beschlossen, nach langer Debatte.</p>
        <h2><span class="toc-section" id="2_Inselfaehre"></span>2. Inselfähre</h2>
        <p>Die Inselfähre bekommt im Frühjahr zwei neue Boote, die länger gebaut wurden als die Werft zugesagt hatte.</p>
        """;

    [Fact]
    public void A_contents_plugins_label_goes_with_its_nav_of_jumps()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Die Fähren des Hafens</title></head><body><article><h1>Die Fähren des Hafens</h1>
            <div class="entry-content"><p>Zwei Linien verbinden den Hafen mit den Inseln, und beide ändern in diesem Jahr ihren Fahrplan für die Pendler.</p>
            <div id="ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Inhaltsverzeichnis</p>
            <span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle" role="button"><span style="display:none;">Toggle</span></a></span></div>
            <nav><ul class="ez-toc-list"><li><a href="#1_Nachtfaehre">1. Nachtfähre</a></li><li><a href="#2_Inselfaehre">2. Inselfähre</a></li></ul></nav></div>
            {{Sections}}
            </div></article></body></html>
            """), "faehren.html");
        Assert.DoesNotContain("Inhaltsverzeichnis", page.BodyParagraphs);
        Assert.Equal("1. Nachtfähre", page.BodyParagraphs[1]);
    }

    [Fact]
    public void A_nav_linking_to_other_pages_leaves_its_box()
    {
        var document = new HtmlParser().ParseDocument($$"""
            <div class="entry-content"><p>Zwei Linien verbinden den Hafen mit den Inseln.</p>
            <div id="box"><p>Fahrpläne</p><nav><ul><li><a href="/nachtfaehre/">Nachtfähre</a></li><li><a href="/inselfaehre/">Inselfähre</a></li></ul></nav></div>
            {{Sections}}</div>
            """);
        var root = document.QuerySelector(".entry-content");
        ContentsNavInText.Remove([root]);
        Assert.NotNull(document.GetElementById("box")?.QuerySelector("nav"));
    }
}
