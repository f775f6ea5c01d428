using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CrosspostNoteTests
{
    [Theory]
    [InlineData("Crosspost: https://notes.example.org/412")]
    [InlineData("Cross-posted from the allotment society's blog.")]
    [InlineData("Crosspost von: https://feldnotizen.example.de/88")]
    public void A_line_naming_the_posts_other_copy_is_one(string line) =>
        Assert.True(CrosspostNote.Is(line));

    [Theory]
    [InlineData("Crossposting the same text to five blogs rarely helps a small garden club find readers.")]
    [InlineData("Cross country runners met at the allotments on Sunday.")]
    public void A_sentence_about_crossposting_is_none(string line) =>
        Assert.False(CrosspostNote.Is(line));

    [Fact]
    public void The_note_under_the_post_is_no_paragraph_while_the_reference_above_it_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Saatgut tauschen | Feldnotizen</title></head><body>
            <div class="post"><h1>Saatgut tauschen</h1>
            <div class="entry">
            <p>Jedes Frühjahr tauschen die Gärtnerinnen der Siedlung ihr Saatgut im Gemeindehaus, und jedes Jahr bringt jemand eine Sorte mit, die keiner kennt.</p>
            <p>Diesmal waren es Bohnen aus einem Dorf in den Karpaten, die seit hundert Jahren von Hand weitergegeben werden.<br />
            <span style="font-size:8pt;">Marta Ilves. 2017. Samen und Gedächtnis. Tartu: Ilves Verlag.<br />
            Crosspost: <a href="https://notes.example.org/412">https://notes.example.org/412</a></span></p>
            </div></div></body></html>
            """), "saatgut.html");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Marta Ilves. 2017.", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Crosspost", StringComparison.Ordinal));
    }
}
