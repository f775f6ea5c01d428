using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PeriodPickerItemTests
{
    private const string Page = """
        <html><head><title>Harbour Dues Rise Again | The Quayside Review</title><meta property="og:site_name" content="The Quayside Review" /></head><body>
        <article><h1>Harbour Dues Rise Again</h1><p class="byline">By Inga Solberg</p>
        <div class="body"><p>The harbour board raised its mooring dues for the third year in a row on Monday, blaming the cost of dredging the inner basin.</p>
        <p>Owners of small boats said the rise would push some of them to the marina up the coast, where the dues have not changed since 2011.</p></div>
        <div class="comments"><div class="loader">Loading Comments</div><div id="livefyre-comments"></div>
        <div class="right rail"><div class="recirculation module"><div class="menu"><a class="item">Trending</a> <a class="item">Related</a></div>
        <div class="filter">Popular Articles<div class="dropdown"><span class="text">Now</span><div class="menu"><div class="item">Now</div><div class="item">This Week</div><div class="item">This Month</div></div></div></div>
        <div class="list"><div class="item"><a href="/a/1">The Lighthouse Keeper Who Never Left</a></div><div class="item"><a href="/a/2">Why the Ferry Runs Late Every Tuesday</a></div></div>
        </div></div></div></article></body></html>
        """;

    [Fact]
    public void A_most_read_boxs_period_menu_starts_no_comment()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "dues.html");
        Assert.Empty(page.Comments);
    }

    [Theory]
    [InlineData(new[] { "Popular Articles", "Now", "Now", "This Week", "This Month" }, 1, true)]
    [InlineData(new[] { "Most Read", "Today", "This Week" }, 1, true)]
    [InlineData(new[] { "jmarsh", "Now", "I agree with the board on this one." }, 1, false)]
    [InlineData(new[] { "jmarsh", "Yesterday", "This Week" }, 1, false)]
    public void Only_the_current_period_over_a_longer_one_is_a_picker_item(string[] texts, int index, bool expected)
    {
        var lines = new PageLines(TextLine.Split(string.Join("\n", texts)));
        Assert.Equal(expected, PeriodPickerItem.Is(lines, index));
    }
}
