using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BarCategoriesSegmentTests
{
    [Theory]
    [InlineData("March 4, 2019 at 09:15 AM | categories: Rust, Tooling | View Comments", new[] { "Rust", "Tooling" })]
    [InlineData("Posted by Ada Quist | Categories: Ferries, Harbour | Comments (3)", new[] { "Ferries", "Harbour" })]
    [InlineData("June 2, 2014 | tags: budget, schools", new[] { "budget", "schools" })]
    public void A_labelled_categories_segment_between_bars_lists_the_tags(string line, string[] tags) =>
        Assert.Equal(tags, TagLineParser.TryRead(line));

    [Theory]
    [InlineData("March 4, 2019 at 09:15 AM | View Comments")]
    [InlineData("The council had two categories: those who paid and those who did not.")]
    public void A_line_with_no_labelled_segment_gives_no_tags(string line) => Assert.Null(TagLineParser.TryRead(line));

    [Fact]
    public void The_segments_before_the_categories_are_where_the_bar_stands()
    {
        Assert.Equal(25, TagLineParser.BarSegmentStart("March 4, 2019 at 09:15 AM | categories: Rust, Tooling | View Comments"));
        Assert.Equal(-1, TagLineParser.BarSegmentStart("March 4, 2019 at 09:15 AM | View Comments"));
    }

    [Fact]
    public void A_static_blog_post_header_gives_the_date_and_the_categories()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ada Quist's Corner of the Web | What a year of Rust taught our build team</title></head><body>
            <div id="menu"><ul><li><a href="/">Home</a></li><li><a href="/blog/">Blog</a></li><li><a href="/notes">Notes</a></li></ul></div>
            <div id="content"><div class="blog_post">
            <h2 class="blog_post_title"><a href="/blog/2019/03/04/rust-year" rel="bookmark">What a year of Rust taught our build team</a></h2>
            <small>March 4, 2019 at 09:15 AM | categories: <a href='/blog/category/rust'>Rust</a>, <a href='/blog/category/tooling'>Tooling</a> | <a href="/blog/2019/03/04/rust-year#disqus_thread">View Comments</a></small><p/>
            <div class="post_prose">
            <p>A year ago our build team wrote its first tool in Rust, a small program that copies files into the cache.</p>
            <p>Today most of our build tooling is written in it, and this post says what we learned on the way there.</p>
            <p>The short version: the compiler is strict, and that strictness paid for itself within a month.</p>
            </div></div></div>
            <div id="footer"><p>Copyright (c) 2012- Ada Quist. All rights reserved.</p></div>
            </body></html>
            """), "page.html");

        Assert.Equal(["Rust", "Tooling"], page.Tags);
        Assert.Equal("2019-03-04T09:15:00", page.PublishedAt);
    }
}
