using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Pages without metadata: the headline and time come from the markup, the article's own before the page's.</summary>
public class HtmlMarkupMetadataTests
{
    private const string Prose =
        "<p>The council voted on Tuesday evening to extend the library's opening hours through the winter, after a petition gathered more signatures than any before it.</p>";

    [Fact]
    public void The_articles_own_heading_wins_over_an_earlier_h1()
    {
        var page = Parse($"<h1>Riverside Courier</h1><main><h1>Library hours extended for the winter</h1>{Prose}</main>");

        Assert.Equal("Library hours extended for the winter", page.Title);
    }

    [Fact]
    public void A_heading_marked_as_the_headline_wins_over_an_earlier_plain_one()
    {
        var page = Parse($"<div><h1>Local news</h1></div><div><h1 class=\"entry-title\">Library hours extended for the winter</h1>{Prose}</div>");

        Assert.Equal("Library hours extended for the winter", page.Title);
    }

    [Fact]
    public void The_articles_time_wins_over_an_earlier_time_elsewhere_on_the_page()
    {
        var page = Parse(
            "<div class=\"ticker\"><time datetime=\"2024-01-02T08:00:00Z\">8:00</time></div>"
            + $"<article><h1>Library hours extended for the winter</h1><time datetime=\"2023-11-14T18:30:00-05:00\">Nov 14</time>{Prose}</article>");

        Assert.Equal("2023-11-14T18:30:00-05:00", page.PublishedAt);
    }

    [Fact]
    public void Any_time_is_taken_when_none_sits_in_the_article()
    {
        var page = Parse($"<div><h1>Library hours extended for the winter</h1><time datetime=\"2023-11-14\">Nov 14</time>{Prose}</div>");

        Assert.Equal("2023-11-14", page.PublishedAt);
    }

    private static ParsedPage Parse(string body) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>"), "page.html");
}
