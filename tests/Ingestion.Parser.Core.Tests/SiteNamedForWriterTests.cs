using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNamedForWriterTests
{
    private static ParsedPage Parse(string type, string metaAuthor) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Counting Late Trains With Window Functions | Tomas Lindqvist</title>
        <meta name="author" content="{{{metaAuthor}}}" />
        <script type="application/ld+json">{"@context": "http://schema.org", "@type": "Article", "headline": "Counting Late Trains With Window Functions",
        "datePublished": "2021-03-14", "author": {"@type": "{{{type}}}", "name": "Tomas Lindqvist"}, "publisher": {"@type": "Organization", "name": "Tomas Lindqvist"}}</script>
        </head><body><nav><a class="logo" href="https://lindqvist.example/">Tomas Lindqvist</a><ul><li><a href="/about">About</a></li></ul></nav>
        <main><div class="article"><header><h1>Counting Late Trains With Window Functions</h1></header>
        <article class="article__content">
        <p>Every morning the regional line publishes how late each of its trains ran, and every morning I wanted one number out of it.</p>
        <p>A window function gives that number in one query, without a script around it, and this post shows how it is written.</p>
        </article></div></main></body></html>
        """), "page.html");

    [Fact]
    public void A_person_whose_name_is_the_sites_is_the_writer_of_a_personal_site()
    {
        var page = Parse("Person", "Tomas Lindqvist");

        Assert.Equal("Tomas Lindqvist", page.Site);
        Assert.Equal(["Tomas Lindqvist"], page.Authors);
    }

    [Fact]
    public void Without_the_author_meta_saying_the_same_the_name_stays_the_sites_account()
    {
        Assert.Empty(Parse("Person", "Site Admin").Authors);
        Assert.Empty(Parse("Organization", "Tomas Lindqvist").Authors);
    }

    [Theory]
    [InlineData("Tomas Lindqvist", "Tomas Lindqvist", "Tomas Lindqvist", true)]
    [InlineData("Tomas Lindqvist", "Tomas Lindqvist", null, false)]
    [InlineData("harbour", "Harbour Ledger", "harbour", false)]
    [InlineData("Ledger", "Ledger", "Ledger", false)]
    public void The_writers_name_is_the_sites_only_as_a_persons_named_twice(string author, string site, string? metaAuthor, bool named)
    {
        var persons = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { author };
        Assert.Equal(named, SiteNamedForWriter.Is([author], site, persons, metaAuthor));
    }
}
