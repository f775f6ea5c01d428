using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The shown byline that the Parse.ly page meta names too outranks an author meta naming someone else (ParselyConfirmedByline).</summary>
public class ParselyConfirmedBylineTests
{
    private static ParsedPage Parse(string metaAuthor, string parselyAuthor, string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why I gave up the night ferry | Harbour Star</title>
        <meta name='parsely-page' content='{"title":"Why I gave up the night ferry","type":"post","post_id":"4411","pub_date":"2014-12-29T09:50:00+00:00","section":"Columns",{{parselyAuthor}}"tags":["ferry"]}'>
        <meta name="author" content="{{metaAuthor}}"/></head><body>
        <article><header><h1>Why I gave up the night ferry</h1>
        <div class="byline publication-date">{{byline}}</div></header>
        <div class="story-content"><p>Every winter I tell myself the night ferry is the romantic way home, and every winter the wind proves me wrong.</p>
        <p>This year I gave in and took the bus round the bay, and I have never been so warm on a Friday night.</p>
        <p>The ferry crews deserve a medal, but they will not be getting my fare again until the spring.</p></div></article>
        </body></html>
        """), "night-ferry-column.html");

    [Fact]
    public void A_byline_the_parsely_meta_names_outranks_an_author_meta_naming_the_desks_editor()
    {
        var page = Parse("Dora  Vell", "\"author\":\"Mara Quell\",", """By <a class="author" href="/journalists/dora-vell">Mara Quell</a> <span class="sep">/</span> <time datetime="2014-12-29T09:50:00Z">Published 29th December 2014</time>""");

        Assert.Equal(["Mara Quell"], page.Authors);
    }

    [Fact]
    public void A_byline_the_parsely_meta_does_not_name_leaves_the_author_meta()
    {
        var page = Parse("Dora Vell", "\"author\":\"Dora Vell\",", """By <a class="author" href="/journalists/dora-vell">Mara Quell</a>""");

        Assert.Equal(["Dora Vell"], page.Authors);
    }

    [Fact]
    public void A_parsely_meta_without_an_author_leaves_the_author_meta()
    {
        var page = Parse("Dora Vell", "", """By <a class="author" href="/journalists/dora-vell">Mara Quell</a>""");

        Assert.Equal(["Dora Vell"], page.Authors);
    }
}
