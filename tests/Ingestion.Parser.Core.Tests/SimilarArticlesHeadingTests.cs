using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SimilarArticlesHeadingTests
{
    private const string Dump = """
        KlarWissen

        Warum taut das Eis?

        Ein Gletscher wächst, wenn im Winter mehr Schnee fällt, als im Sommer schmilzt. Seit einigen Jahrzehnten ist es umgekehrt, und die Zunge zieht sich zurück.

        Wird das Eis dunkler, etwa durch Staub, nimmt es mehr Wärme auf und schmilzt noch schneller. Forschende sprechen von einer Rückkopplung.

        Durchschnittliche Bewertung: (2 Bewertungen)
        Melde dich an, um eine Bewertung abzugeben

        Was meinst du dazu?

        Avatar

        Leonie_7 schrieb:
        03.02.2014 um 10:15 Uhr

        Voll spannend erklärt!

        Melde dich an, um einen Kommentar abzugeben

        Ähnliche Artikel

        Archiv
        Wohin fließt das Regenwasser?
        weiter
        Archiv
        Wie entsteht ein Regenbogen?
        Licht bricht sich in den Tropfen und fächert sich in seine Farben auf.
        weiter

        Über uns
        Partner
        Impressum
        """;

    [Fact]
    public void A_similar_articles_heading_under_a_thread_ends_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Dump), "eis.txt");

        var comment = Assert.Single(page.Comments);
        Assert.Equal("Leonie_7", comment.Author);
        Assert.Equal(["Voll spannend erklärt!"], comment.Paragraphs);
    }

    [Theory]
    [InlineData("Ähnliche Artikel", true)]
    [InlineData("Ähnliche Beiträge:", true)]
    [InlineData("Ähnliche Artikel findest du im Archiv unter dem Stichwort Wasser.", false)]
    public void Only_the_heading_alone_counts(string line, bool heading) => Assert.Equal(heading, SimilarArticlesHeading.Is(line));
}
