using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MicrodataDescriptionStandfirstTests
{
    private const string Summary = "Eine Tonne unter der Regenrinne spart Leitungswasser. Worauf man beim Aufstellen achten sollte, erklärt unser Ratgeber.";

    private static ParsedPage Parse(string itemprop) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Regenwasser richtig sammeln</title><meta property="og:description" content="{{Summary}}"></head>
        <body><article itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Regenwasser richtig sammeln</h1>
        <section itemprop="articleBody"><span class="dinregular18 posttitle"{{itemprop}}>{{Summary}}</span>
        <p>Wer eine Tonne unter die Regenrinne stellt, spart im Sommer viel Leitungswasser und hat für die Beete immer etwas übrig.</p>
        <p>Ein Deckel hält Laub und Mücken fern, und ein Hahn unten an der Tonne macht das Abfüllen in die Gießkanne leicht.</p>
        <p>Im Herbst sollte man die Tonne leeren, damit sie im Frost nicht platzt, und den Schlauch der Rinne wieder umstecken.</p></section>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void The_element_marked_as_the_description_over_the_text_is_no_paragraph()
    {
        var page = Parse(" itemprop=\"description\"");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Wer eine Tonne", page.BodyParagraphs[0]);
    }

    [Fact]
    public void The_same_words_without_the_mark_stay_the_texts_opening()
    {
        var page = Parse("");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.Equal(Summary, page.BodyParagraphs[0]);
    }
}
