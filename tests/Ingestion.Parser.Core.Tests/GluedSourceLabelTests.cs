using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedSourceLabelTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry rides go free for pass holders - Harbour Post</title></head><body>
        <article><h1>Night ferry rides go free for pass holders</h1>
        <p class="byline">by <span class="byline_author">Marta Olsen</span></p>
        <div class="article-body">
        <p>The harbour board said on Tuesday that holders of the yearly pass will ride the night ferry free from next month.</p>
        <p>The pass costs the same as last year, and the board expects the night crossings to fill up through the summer.</p>
        <ul class="entry-links">{{row}}</ul>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_source_label_glued_to_the_name_it_credits_is_no_paragraph()
    {
        var page = Parse("""<li class="source"><strong>Source</strong><a href="https://harbour.example/minutes">Harbour Board minutes</a></li>""");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_glued_label_is_read_apart_in_a_text_rendering_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Night ferry rides go free for pass holders

            By Marta Olsen

            The harbour board said on Tuesday that holders of the yearly pass will ride the night ferry free from next month.

            The pass costs the same as last year, and the board expects the night crossings to fill up through the summer.

            SourceHarbour Board minutes
            """), "ferry.txt");
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Harbour Board minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_name_beginning_with_the_label_stays()
    {
        var page = Parse("""<li><p>SourceForge</p></li><li><p>Sourcebooks Harbour Press</p></li>""");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Sourcebooks Harbour Press", StringComparison.Ordinal));
    }
}
