using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmbeddedPostTimeTests
{
    private static ParsedPage Parse(string embedClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry captain shares harbour photo - Harbour Post</title></head><body>
        <article><h1>Ferry captain shares harbour photo</h1>
        <p class="dateline">March 14, 2018 at 4:20 PM</p>
        <p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The island ferry captain shared a photo of the crowded quay on Monday, and fans wondered whether the regatta was back.</p>
        <blockquote class="{{embedClass}}"><p><a href="https://social.example/p/abc">Crowds on the quay today! #regatta</a></p>
        <p>A photo posted by Quay Captain (@quaycaptain) on <time datetime="2018-03-12T17:10:10+00:00">Mar 12, 2018 at 9:10am PST</time></p></blockquote>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("instagram-media")]
    [InlineData("twitter-tweet")]
    [InlineData("tiktok-embed")]
    public void The_time_of_an_embedded_post_is_not_the_storys(string embedClass)
    {
        var page = Parse(embedClass);
        Assert.Equal("2018-03-14T16:20:00", page.PublishedAt);
    }

    [Fact]
    public void A_time_in_a_plain_quotation_still_counts()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry captain shares harbour photo - Harbour Post</title></head><body>
            <article><h1>Ferry captain shares harbour photo</h1>
            <p class="byline">By Marta Olsen</p>
            <blockquote class="pullquote"><p>Posted <time datetime="2018-03-14T16:20:00+00:00">March 14</time></p></blockquote>
            <p>The island ferry captain shared a photo of the crowded quay on Monday, and fans wondered whether the regatta was back.</p>
            </article></body></html>
            """), "ferry.html");
        Assert.Equal("2018-03-14T16:20:00+00:00", page.PublishedAt);
    }
}
