using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OxfordCommaBeforeLastNameTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The harbour ferry returns | Harbour Post</title></head><body>
        <article><h1>The harbour ferry returns</h1>
        <div class="authors byline">{{byline}}</div>
        <div class="article-body">
        <p>The ferry came back to the harbour on Tuesday after a long winter in the yard, and the town turned out to watch it dock.</p>
        <p>Its captain said the engine had been rebuilt and the hull painted, and that the timetable would run as before from Monday.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("By Ana Ruiz, Tom Hale, Lee Park, and Mo Dunn")]
    [InlineData("By <span class=\"author\"><a class=\"author\" href=\"/author/ana/\">Ana Ruiz</a>,</span> <span class=\"author\"><a class=\"author\" href=\"/author/tom/\">Tom Hale</a>,</span> <span class=\"author\"><a class=\"author\" href=\"/author/lee/\">Lee Park</a>,</span> <span class=\"author\">and <a class=\"author\" href=\"/author/mo/\">Mo Dunn</a></span>")]
    public void The_writer_after_a_comma_and_and_is_named_too(string byline)
    {
        Assert.Equal(["Ana Ruiz", "Tom Hale", "Lee Park", "Mo Dunn"], Parse(byline).Authors);
    }

    [Fact]
    public void An_ampersand_after_the_comma_joins_the_last_writer_too()
    {
        Assert.Equal(["Ana Ruiz", "Tom Hale", "Mo Dunn"], Parse("By Ana Ruiz, Tom Hale, &amp; Mo Dunn").Authors);
    }

    [Fact]
    public void What_follows_the_comma_and_that_is_no_name_ends_the_byline()
    {
        Assert.Equal(["Ana Ruiz", "Tom Hale"], Parse("By Ana Ruiz, Tom Hale, and photographs by the harbour office").Authors);
    }

    [Fact]
    public void A_text_page_reads_the_same_byline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Harbour Post

            The harbour ferry returns

            By Ana Ruiz, Tom Hale, and Mo Dunn

            The ferry came back to the harbour on Tuesday after a long winter in the yard, and the town turned out to watch it dock.

            Its captain said the engine had been rebuilt and the hull painted, and that the timetable would run as before from Monday.
            """), "ferry.txt");
        Assert.Equal(["Ana Ruiz", "Tom Hale", "Mo Dunn"], page.Authors);
    }
}
