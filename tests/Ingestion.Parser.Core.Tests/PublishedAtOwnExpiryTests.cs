using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublishedAtOwnExpiryTests
{
    private static ParsedPage Parse(string expiration) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry firm raises $4M - harbourtap.com</title>
        <meta property="og:site_name" content="harbourtap.com">
        <meta property="article:published_time" content="Sat, 29 Jun 2019 11:05:41 GMT">
        <meta property="article:expiration_time" content="{{expiration}}"></head><body>
        <div class="post"><h1 class="h1"><small class="post-timestamp">Friday, February 7, 2014</small></h1>
        <h1>Ferry firm raises $4M</h1>
        <p>Harbour-based Ferryline, a maker of booking software for island ferries, said Thursday that it has raised $4M in a first round of funding led by two local investors.</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_published_time_stamped_as_the_pages_own_expiry_gives_way_to_the_shown_date() =>
        Assert.Equal("2014-02-07", Parse("Sat, 29 Jun 2019 11:05:41 GMT").PublishedAt);

    [Fact]
    public void A_published_time_with_a_later_expiry_stands() =>
        Assert.Equal("2019-06-29T11:05:41+00:00", Parse("Sat, 27 Jul 2019 11:05:41 GMT").PublishedAt);

    [Theory]
    [InlineData("2019-06-29T11:05:41Z", " 2019-06-29T11:05:41Z ")]
    public void The_same_stamp_is_the_expiry(string published, string expiration) => Assert.True(PublishedAtOwnExpiry.Is(published, expiration));

    [Theory]
    [InlineData("2019-06-29T11:05:41Z", "2019-07-29T11:05:41Z")]
    [InlineData("2019-06-29T11:05:41Z", null)]
    [InlineData(null, "2019-06-29T11:05:41Z")]
    public void Another_stamp_or_none_is_no_expiry(string? published, string? expiration) => Assert.False(PublishedAtOwnExpiry.Is(published, expiration));
}
