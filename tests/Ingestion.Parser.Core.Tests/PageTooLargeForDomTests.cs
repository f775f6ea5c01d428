using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A page of more tags than a DOM may take is read as text, its head's metadata still read as on any page.</summary>
public class PageTooLargeForDomTests
{
    private const string Head = """
        <head><title>Harbour dredging starts in May | Eastport Gazette</title>
        <meta property="og:title" content="Harbour dredging starts in May | Eastport Gazette">
        <meta property="og:site_name" content="Eastport Gazette">
        <meta property="article:published_time" content="2013-09-24T14:05:00Z">
        <meta name="author" content="Dana Whitcombe">
        </head>
        """;

    [Fact]
    public void The_head_names_title_site_time_and_author_of_a_page_read_as_text()
    {
        var page = Parse(Head);

        Assert.Equal("Harbour dredging starts in May", page.Title);
        Assert.Equal("Eastport Gazette", page.Site);
        Assert.Equal("2013-09-24T14:05:00+00:00", page.PublishedAt);
        Assert.Equal(["Dana Whitcombe"], page.Authors);
        Assert.NotEmpty(page.BodyParagraphs);
    }

    [Fact]
    public void Without_metadata_in_the_head_the_text_gives_the_fields()
    {
        var page = Parse("<head></head>");

        Assert.Equal("Harbour dredging starts in May", page.Title);
        Assert.Null(page.PublishedAt);
    }

    [Fact]
    public void An_article_object_in_the_body_names_writer_and_time_as_in_the_head()
    {
        const string article = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Harbour dredging starts in May","datePublished":"2013-09-24T10:05:00-04:00",
            "author":{"@type":"Person","name":"Dana Whitcombe"}}</script>
            """;

        var page = Parse("<head><title>Harbour dredging starts in May</title></head>", article);

        Assert.Equal(["Dana Whitcombe"], page.Authors);
        Assert.Equal("2013-09-24T10:05:00-04:00", page.PublishedAt);
    }

    private static ParsedPage Parse(string head, string bodyStart = "")
    {
        var html = new StringBuilder($"<html>{head}<body>{bodyStart}<h1>Harbour dredging starts in May</h1>\n");
        for (var i = 0; html.Length < 2 << 20; i++)
        {
            html.Append("<p>The council agreed on Tuesday that dredging of the inner harbour will begin in May, item ").Append(i).Append(".</p>\n");
        }

        return PageParser.Parse(Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString()), "large.html");
    }
}
