using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FiledFromVenueTests
{
    private static ParsedPage Parse(string byline) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Hosts hold on for a draw | Harbour Cricket</title></head><body>
        <section class="news"><h1 class="news-main-title">Hosts hold on for a draw</h1>
        <div class="article-info"><div class="author-social news-article"><p>{{byline}}</p>
        <ul><li><p class="news-page-article-date">14 March 2015</p></li></ul></div></div>
        <div class="article-text">
        <p>The hosts batted out the last two sessions on a slow pitch to keep the series level going into the final match next week.</p>
        <p>Their captain said the side had never played for a result once the second new ball failed to take a wicket before tea.</p>
        </div></section></body></html>
        """), "draw.html");

    [Theory]
    [InlineData("Tomas Berglund, Harbour Cricket Ground")]
    [InlineData("Tomas Berglund, Westfield Stadium")]
    [InlineData("Tomas Berglund, Kingsmead Oval")]
    public void A_ground_after_the_comma_is_where_the_writer_filed_from(string byline)
    {
        Assert.Equal(["Tomas Berglund"], Parse(byline).Authors);
    }

    [Fact]
    public void A_second_writer_after_the_comma_stays_a_writer()
    {
        Assert.Equal(["Tomas Berglund", "Jane Park"], Parse("Tomas Berglund, Jane Park").Authors);
    }
}
