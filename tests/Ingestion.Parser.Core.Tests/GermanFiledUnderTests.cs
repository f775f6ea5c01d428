using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GermanFiledUnderTests
{
    [Theory]
    [InlineData("Abgelegt unter Garten, Werkzeug, Holz")]
    [InlineData("| Abgelegt unter Garten, Werkzeug, Holz")]
    public void The_german_filed_under_line_lists_the_tags(string line)
    {
        Assert.Equal(["Garten", "Werkzeug", "Holz"], TagLineParser.TryRead(line));
    }

    [Theory]
    [InlineData("Abgelegt unter dem alten Tisch im Keller lag der Schlüssel, den wir so lange gesucht hatten.")]
    [InlineData("| Abgelegt im Keller, Garten")]
    public void A_sentence_or_another_label_lists_none(string line)
    {
        Assert.Null(TagLineParser.TryRead(line));
    }

    [Fact]
    public void The_line_under_a_post_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ein Vogelhaus aus Restholz | Werkbank</title></head><body>
            <div class="post"><h1>Ein Vogelhaus aus Restholz</h1><div class="entry">
            <p>Aus den Resten vom Regalbau ist am Sonntag ein kleines Vogelhaus geworden, das jetzt am Apfelbaum im Garten h&auml;ngt.</p>
            <p>Das Dach habe ich mit einem St&uuml;ck Dachpappe abgedeckt, damit der Regen nicht durch die Fugen zwischen den Brettern l&auml;uft.</p>
            <p class="postmetadata"><small> | Abgelegt unter <a href="/category/garten/" rel="category tag">Garten</a>, <a href="/category/holz/" rel="category tag">Holz</a></small></p>
            </div></div></body></html>
            """), "vogelhaus.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Abgelegt", StringComparison.Ordinal));
    }
}
