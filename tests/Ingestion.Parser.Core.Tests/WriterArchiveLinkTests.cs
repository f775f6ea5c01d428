using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterArchiveLinkTests
{
    [Fact]
    public void A_link_to_the_writers_archive_reading_as_the_name_and_more_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>Ferry to start in spring | Harbour Notes</title></head><body>
            <article><h1>Ferry to start in spring</h1>
            <p class="byline"><a href="/archives/author/mwren" rel="author">Martha Wren</a></p>
            <div class="post-bodycopy">
            <p>The ferry company confirmed on Monday that the new boat will start its crossings in the spring, twelve a day.</p>
            <p>The mayor told the council that fares will match the bus fares, and that pupils will travel for free.</p>
            </div>
            <div class="single-otherbox"><a class="morePict" href="/archives/author/mwren">Martha Wren: see all her stories</a></div>
            </article></body></html>
            """), "ferry.html");
        Assert.Equal(["Martha Wren"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
