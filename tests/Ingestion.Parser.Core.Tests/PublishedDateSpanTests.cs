using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An element named for the publication date, in a tool row over the headline, gives the story's time when nothing else does.</summary>
public class PublishedDateSpanTests
{
    private static ParsedPage Parse(string date) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Five Lessons From the Ferry Pier - Harbour Weekly</title></head>
        <body><div id="column_1"><div id="article_top">
        <span class="text_size"><span>text size:</span> <a href="javascript:;" class="font_small">T</a> <a href="javascript:;" class="font_large">T</a></span>
        <span class="accent">Your Harbour</span>
        {date}
        </div>
        <div id="article_body"><h1>Five Lessons From the Ferry Pier</h1>
        <p class="author">By <a href="/bios/mara-quill.html" rel="author">Mara Quill</a></p>
        <p>The old ferry pier developed a long crack near its end after the storm on Tuesday, prompting officials to close it to the public indefinitely.</p>
        <p>A diving crew found the crack during a second inspection of the pier on Tuesday, and engineers are still looking at the damage today.</p>
        </div></div></body></html>
        """), "pier.html", "text/html");

    [Theory]
    [InlineData("""<span class="published_date">September 20, 2011, 6:37 PM EDT</span>""", "2011-09-20T18:37:00-04:00")]
    [InlineData("""<span class="date-published">March 3, 2012</span>""", "2012-03-03")]
    public void The_named_date_is_the_story_time(string date, string expected) =>
        Assert.Equal(expected, Parse(date).PublishedAt);

    [Theory]
    [InlineData("""<span class="published_updated">September 20, 2011, 6:37 PM EDT</span>""")]
    [InlineData("""<span class="published_date">September 20</span>""")]
    [InlineData("""<span class="published_date">3 hours ago</span>""")]
    public void An_update_a_day_without_year_or_a_relative_time_gives_none(string date) =>
        Assert.Null(Parse(date).PublishedAt);
}
