using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>MidnightStampOutsideAddressMonth, on a magazine blog post (<see cref="MagazineBlogPostPage"/>).</summary>
public class MidnightStampOutsideAddressMonthTests
{
    private static ParsedPage Parse(string shareTitle = "How to Pack a Ferry Bag: The Harbour Eye: Harbour on Style: Harbour",
        string authorMeta = "Harbour Magazine", string stamp = "2009-09-02T00:00:00-04:00") =>
        MagazineBlogPostPage.Parse(shareTitle, authorMeta, stamp);

    [Fact]
    public void A_midnight_stamp_outside_the_address_month_gives_way_to_the_shown_date()
    {
        Assert.Equal("2014-05-23T13:30:00", Parse().PublishedAt);
    }

    [Fact]
    public void A_midnight_stamp_in_the_address_month_stays()
    {
        Assert.Equal("2014-05-22T00:00:00-04:00", Parse(stamp: "2014-05-22T00:00:00-04:00").PublishedAt);
    }

    [Theory]
    [InlineData("http://x.example/blogs/eye/2014/05/post.html", 2014, 5)]
    [InlineData("http://x.example/2014/05", null, null)]
    [InlineData("http://x.example/blogs/eye/post-2014.html", null, null)]
    public void The_address_month(string address, int? year, int? month) =>
        Assert.Equal(year is null ? null : (year.Value, month!.Value), MidnightStampOutsideAddressMonth.MonthInPath(address));
}
