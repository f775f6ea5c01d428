using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ParselyFieldMetasTests
{
    private const string Page = """
        <html><head><meta charset="utf-8"/>
        <meta name="parsely-title" content="Night ferry returns" />
        <meta name="parsely-pub-date" content="2021-05-04T06:30:00.000Z" />
        <meta name="parsely-author" content="Odile Varga" />
        <meta name="parsely-section" content="harbour" />
        <meta name="parsely-tags" content="ferries,night-crossings" />
        <meta name="parsely-type" content="post" />
        </head><body><article><h1>Night ferry returns to the island run</h1>
        <p>The night ferry made its first crossing of the season on Monday, carrying forty passengers and a van of post to the island.</p>
        <p>The operator will run the late boat every evening until October, weather allowing, the harbour office said on its notice board.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_page_that_names_no_writer_or_tags_elsewhere_takes_them_from_the_parsely_fields()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["Odile Varga"], page.Authors);
        Assert.Equal(["ferries", "night-crossings"], page.Tags);
        Assert.Equal("2021-05-04T06:30:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void An_author_meta_and_article_tag_metas_go_before_the_parsely_fields()
    {
        var html = Page.Replace("<meta name=\"parsely-type\"", "<meta name=\"author\" content=\"Jonas Pellinen\" /><meta property=\"article:tag\" content=\"Island transport\" /><meta name=\"parsely-type\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Jonas Pellinen"], page.Authors);
        Assert.Equal(["Island transport"], page.Tags);
    }

    [Fact]
    public void Taxonomy_ids_in_the_tag_field_give_no_tags()
    {
        var html = Page.Replace("content=\"ferries,night-crossings\"", "content=\"topic:ferries,region:island\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Empty(page.Tags);
    }
}
