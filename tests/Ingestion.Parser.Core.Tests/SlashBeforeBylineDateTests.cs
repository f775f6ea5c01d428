using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"By A &amp; B / Published 30th December 2014": the slash before the date ends the names (SlashBeforeBylineDate).</summary>
public class SlashBeforeBylineDateTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour wall gives way | Harbour Gazette</title></head><body>
        <article><header><h1>Harbour wall gives way after storm</h1>
        <div class="byline publication-date">{{byline}}</div></header>
        <div class="story-content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p>
        <p>The council said repairs would start next week once engineers had surveyed the damage.</p></div></article>
        </body></html>
        """), "harbour-wall.html");

    [Fact]
    public void Both_writers_before_a_slashed_date()
    {
        var page = Parse("""By <a class="author" href="/journalists/mara-quell">Mara Quell &amp; Tobin Ashgrove</a> <span class="sep">&#47;</span> <time datetime="2014-12-30T07:00:00Z">Published <span>30th December 2014</span></time>""");
        Assert.Equal(["Mara Quell", "Tobin Ashgrove"], page.Authors);
    }

    [Fact]
    public void Slash_before_a_paper_still_reads_the_writer()
    {
        Assert.Equal(["Mara Quell"], Parse("By Mara Quell / Harbour Gazette").Authors);
    }

    [Theory]
    [InlineData("Mara Quell & Tobin Ashgrove / Published 30th December 2014", "Mara Quell & Tobin Ashgrove")]
    [InlineData("Mara Quell / Harbour Gazette", "Mara Quell / Harbour Gazette")]
    [InlineData("Redacción / Mara Quell", "Redacción / Mara Quell")]
    public void Cut_only_before_a_date(string line, string kept)
    {
        Assert.Equal(kept, SlashBeforeBylineDate.Cut(line).ToString());
    }
}
