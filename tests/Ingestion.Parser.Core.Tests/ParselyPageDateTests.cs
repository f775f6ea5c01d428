using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParselyPageDateTests
{
    [Theory]
    [InlineData("""{"title":"Ferry dog","pub_date":"2014-11-13T21:53:14Z","author":"Mara Lind"}""", "2014-11-13T21:53:14+00:00")]
    [InlineData(""" {"pub_date": "2014-11-13T16:53:14-05:00", "tags": []}""", "2014-11-13T16:53:14-05:00")]
    public void The_meta_field_gives_the_time(string content, string expected) =>
        Assert.Equal(expected, ParselyPageDate.Of(content));

    [Theory]
    [InlineData(null)]
    [InlineData("""{"title":"Ferry dog","author":"Mara Lind"}""")]
    [InlineData("""{"title":"Ferry dog","pub_date":"soon"}""")]
    [InlineData("""{"pub_date":"2014-11-13T21:53:14Z" broken""")]
    [InlineData("pub_date 2014-11-13")]
    public void Another_value_gives_none(string? content) =>
        Assert.Null(ParselyPageDate.Of(content));

    private const string Head = """
        <html><head><meta charset="utf-8"><title>What the ferry dog thinks of its skipper</title>
        <meta property="og:site_name" content="Harbour Clips">
        <meta name='parsely-page' content='{"title":"What the ferry dog thinks of its skipper","type":"post","pub_date":"2014-11-13T21:53:14Z","author":"Mara Lind","tags":["boats"]}'>
        </head><body>
        <article><header><h1>What the ferry dog thinks of its skipper</h1></header>
        """;

    [Fact]
    public void A_page_that_shows_no_date_is_dated_by_the_analytics_meta()
    {
        const string html = Head + """
            <p>Every skipper who needs a dog on the bridge should have one, and this one has the best of them all.</p>
            <p>The crew says the dog knows the tide tables better than the mate does, and nobody on board disputes it.</p>
            </article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry-dog.html", "text/html");
        Assert.Equal("2014-11-13T21:53:14+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_shown_time_wins_over_the_analytics_meta()
    {
        const string html = Head + """
            <time datetime="2014-11-14T09:30:00-05:00">Nov. 14, 2014 9:30 AM</time>
            <p>Every skipper who needs a dog on the bridge should have one, and this one has the best of them all.</p>
            <p>The crew says the dog knows the tide tables better than the mate does, and nobody on board disputes it.</p>
            </article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry-dog.html", "text/html");
        Assert.Equal("2014-11-14T09:30:00-05:00", page.PublishedAt);
    }
}
