using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MailtoInitialsSignOffTests
{
    private static List<string> ParagraphsAfter(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"text\">" + markup + "</div></body></html>");
        var root = document.QuerySelector("#text")!;
        MailtoInitialsSignOff.Remove(root);
        return [.. root.QuerySelectorAll("p").Select(paragraph => Whitespace.Collapse(paragraph.TextContent))];
    }

    private static string TextAfter(string markup) => string.Join(" ", ParagraphsAfter(markup));

    [Fact]
    public void The_editors_initials_glued_to_the_last_paragraph_move_to_a_line_of_their_own() =>
        Assert.Equal(["Das Heft ist im Handel erhältlich.", "(lvo)"],
            ParagraphsAfter("""<p>Das Heft ist im Handel erhältlich.<span class="ignore">(<a href="mailto:lvo@example.org" title="Lena Voss">lvo</a>)</span><br class="clear"></p>"""));

    [Fact]
    public void Initials_on_a_line_of_their_own_stay_for_the_sign_off_rules() =>
        Assert.Equal(["Text.", "(ju)"], ParagraphsAfter("""<p>Text.</p><p>(<a href="mailto:ju@example.org">ju</a>)</p>"""));

    [Fact]
    public void The_moved_sign_off_is_no_body()
    {
        var body = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Fähren im Test - Technikblatt</title></head><body><h1>Fähren im Test</h1><div class="article-content">
            <p>Die neue Fähre über den Strom fährt seit Montag elektrisch, teilte der Betreiber am Dienstag in Lindholm mit.</p>
            <p>Sie ersetzt zwei alte Schiffe mit Dieselmotor, die seit den Siebzigerjahren zwischen den beiden Ufern pendelten.</p>
            <p>Der Akku reicht nach Angaben des Betreibers für zwölf Überfahrten am Tag.<span>(<a href="mailto:lvo@example.org" title="Lena Voss">lvo</a>)</span></p>
            </div></body></html>
            """), "page.html").BodyParagraphs;

        Assert.Equal("Der Akku reicht nach Angaben des Betreibers für zwölf Überfahrten am Tag.", body[^1]);
    }

    [Theory]
    [InlineData("""<p>Write to <a href="mailto:desk@example.org">desk@example.org</a> with tips.</p>""")]
    [InlineData("""<p>Fragen an die Redaktion (<a href="mailto:redaktion@example.org">Redaktion</a>).</p>""")]
    public void A_mail_address_or_a_named_link_stays(string paragraph) =>
        Assert.Equal(Whitespace.Collapse(new HtmlParser().ParseDocument(paragraph).Body!.TextContent), TextAfter(paragraph));
}
