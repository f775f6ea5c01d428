using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuoteAttributionLineTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Wanderschuhe im Test - Lena Hoff - Draußen ab 50</title></head><body>
        <article class="post"><h1 class="entry-title">Wanderschuhe im Test</h1>
        <div class="entry-content">
        <p>Drei Paar Wanderschuhe habe ich diesen Sommer auf den Hausberg getragen, bei Regen und bei großer Hitze im Juli.</p>
        <p>Das leichteste Paar hat mich am meisten überrascht. Nach zwanzig Kilometern hatte ich keine einzige Blase am Fuß.</p>
        {closing}
        <p>Welche Schuhe tragt Ihr am liebsten auf langen Touren? Schreibt es mir gern unten in die Kommentare.</p>
        </div></article></body></html>
        """), "page.html");

    [Theory]
    [InlineData("(Lena Hoff – Bergsteigerin aus Tirol und Buchautorin)")]
    [InlineData("Lena Hoff – Bergsteigerin aus Tirol")]
    [InlineData("– Lena Hoff")]
    public void The_source_under_a_quotation_stays_in_the_text(string source)
    {
        var page = Parse($"""
            <blockquote><p style="text-align: center;">„Wer nie stolpert,<br />kommt nie weit.“</p></blockquote>
            <p style="text-align: center;">{source}</p>
            """);

        Assert.Equal(6, page.BodyParagraphs.Count);
        Assert.Equal(source, page.BodyParagraphs[4]);
    }

    [Theory]
    [InlineData("„Wer nie stolpert, kommt nie weit.“", true)]
    [InlineData("Die Schuhe gibt es nur bei ausgewählten Händlern, sagt die Herstellerin.", false)]
    [InlineData("Gefragt nach dem Preis, sagte der Händler nur: „Das ist es wert.“", false)]
    public void Only_a_quotation_printed_as_its_own_paragraph_has_its_source_under_it(string above, bool source)
    {
        var lines = new PageLines([new TextLine(0, above), new TextLine(0, "Lena Hoff – Bergsteigerin aus Tirol")]);

        Assert.Equal(source, QuoteAttributionLine.Is(lines, 1, [above]));
    }

    [Fact]
    public void Initials_under_a_paragraph_ending_on_a_quotation_sign_it_and_are_no_source()
    {
        var page = Parse("""
            <p>Gefragt nach dem Preis, sagte der Händler nur: „Das ist es wert.“</p>
            <p>— C.V.</p>
            """);

        Assert.DoesNotContain("— C.V.", page.BodyParagraphs);
    }
    private static ParsedPage ParseWireStory(string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Harbour ferries return after winter repairs | Meridian Wire</title></head><body>
        <h1>Harbour ferries return after winter repairs</h1>
        <span id="articleText">
        <p>HARBOURTOWN (Meridian Wire) - The harbour ferries returned to service on Monday after a winter of repairs, the port authority said.</p>
        <p>Passengers queued along the quay before sunrise, many of them commuters who had taken the long road around the bay for months.</p>
        <p>"The boats are older than most of the crews, but they will run another twenty years," the harbour master said.</p>
        <p>"We will keep them running as long as the town needs them."</p>
        {closing}
        </span></body></html>
        """), "page.html");

    [Theory]
    [InlineData("(Reporting by Ana Ruiz; Editing by Tom Hale and Lisa Marr)")]
    [InlineData("(Writing by Ana Ruiz; Editing by Tom Hale)")]
    [InlineData("(Editing by Tom Hale)")]
    public void A_wire_credit_line_in_brackets_under_a_closing_quotation_is_no_source_of_it(string credit)
    {
        var page = ParseWireStory($"<p>{credit}</p>");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(credit, page.BodyParagraphs);
    }

    [Fact]
    public void A_bracketed_name_and_role_under_a_closing_quotation_stays_its_source()
    {
        var page = ParseWireStory("<p>(Ana Ruiz – harbour master since 2009)</p>");

        Assert.Equal(5, page.BodyParagraphs.Count);
        Assert.Equal("(Ana Ruiz – harbour master since 2009)", page.BodyParagraphs[4]);
    }
}
