using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownUnixTimeWithYearTests
{
    private static ParsedPage Parse(string stripDay, string playerDay) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again this spring - Harbour News</title></head><body>
        <div id="page" class="media-asset-page"><div class="carousel" role="complementary"><ul class="carousel-list">
        <li class="carousel-item carousel-item--selected"><a href="/av/ferry-fares" class="carousel-headline-link"><span class="carousel-headline">Ferry fares rise again this spring</span></a>
        <span class="carousel-summary">The crossing costs more from April.</span><div class="info-list-date" data-seconds="1589239435" data-datetime="12 May 2020">{{stripDay}}</div></li>
        <li class="carousel-item"><a href="/av/old-ferry" class="carousel-headline-link"><span class="carousel-headline">Life aboard the harbour's oldest ferry</span></a>
        <span class="carousel-summary">Six crew members keep the old boat running.</span><div class="info-list-date" data-seconds="1588665778" data-datetime="5 May 2020">05 May</div></li>
        </ul></div>
        <div class="media-player-component" role="main"><div class="media-body">
        <h1 class="media-headline">Ferry fares rise again this spring</h1>
        <div class="media-summary"><p>The harbour ferry will cost more from April, the operator said on Monday.</p><p>Its board met twice to settle the new prices for the crossing.</p></div>
        <ul class="media-info-list"><li><div class="info-list-date" data-seconds="1589239435" data-datetime="12 May 2020">{{playerDay}}</div></li></ul>
        </div></div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_strips_yearless_day_gives_way_to_the_players_whole_date()
    {
        var page = Parse("12 May", "12 May 2020");
        Assert.Equal("2020-05-11T23:23:55+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_whole_date_first_is_read_as_before()
    {
        var page = Parse("12 May 2020", "12 May 2020");
        Assert.Equal("2020-05-11T23:23:55+00:00", page.PublishedAt);
    }
}
