using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InterviewerCreditTests
{
    private const string Page = """
        <html><head><title>Was heißt Gemeinwohl für Sie, Frau Lindqvist?</title></head><body>
        <div class="article"><div class="article__author">Mara Quist, Tom Hale</div>
        <div class="article__content"><p class="title">Was heißt Gemeinwohl für Sie, Frau Lindqvist?</p>
        <division type="interview"><p>BLATT: Frau Lindqvist, Sie nennen sich eine Gemeinwohlökonomin. Was verstehen Sie darunter?</p></division>
        <division type="interview"><p>Lindqvist: Das ist zuerst ein Einspruch gegen eine Wirtschaft, die allein auf den Gewinn schaut, und der Anspruch, dass es anders gehen kann.</p></division>
        <division type="interview"><p>BLATT: Das klingt recht allgemein. Was hieße das für die Genossenschaften in der Stadt?</p></division>
        <division type="interview"><p>Lindqvist: Sie sollten mehr Wohnungen bauen dürfen, und die Stadt sollte ihnen den Boden in Erbpacht geben statt ihn zu verkaufen.</p></division>
        <byline>DIE FRAGEN STELLTEN MARA QUIST UND TOM HALE </byline> <linkbox> <text>Lesen Sie eine längere Fassung des Gesprächs im Netz unter </text> <link>www.blatt.example/lindqvist</linkbox>
        </div></div></body></html>
        """;

    [Fact]
    public void An_interviews_closing_credit_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "gemeinwohl.html");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Lindqvist: Sie sollten", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Die Fragen stellte Mara Quist.", true)]
    [InlineData("Das Interview führten Mara Quist und Tom Hale", true)]
    [InlineData("Die Fragen stellten sich erst später, als die Genossenschaft ihre Pläne für den Neubau am Hafen vorlegte.", false)]
    public void The_credit_is_known_by_its_opening_and_a_name(string line, bool credit) =>
        Assert.Equal(credit, InterviewerCredit.Is(line));
}
