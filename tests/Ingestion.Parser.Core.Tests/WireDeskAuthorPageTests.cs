using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WireDeskAuthorPageTests
{
    private static string Page(string byline) => $$"""
        <html><head><title>Dam gives way upriver - Radio Meridian</title>
        <meta property="og:site_name" content="Radio Meridian"></head><body>
        <article><header><h1 class="title">Dam gives way upriver</h1>
        <p class="author"> Text by {{byline}} </p>
        <p class="modification">Latest update : 2016-03-14</p></header>
        <div class="bd">
        <p>A dam gave way on Monday upriver from the capital, flooding three villages downstream, officials said.</p>
        <p>Rescue teams moved around 400 people to higher ground overnight, and no deaths had been reported by the morning.</p>
        <p><em>(RADIO MERIDIAN with AFP, REUTERS)</em></p>
        <p class="modification">Date created : 2016-03-14</p>
        </div></article></body></html>
        """;

    [Fact]
    public void The_wires_author_page_signs_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a class="modeless" href="/en/author/news-wires/">NEWS WIRES</a>""")), "page.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writers_author_page_still_names_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a class="modeless" href="/en/author/ines-marchetti/">Inès Marchetti</a>""")), "page.html");

        Assert.Equal(["Inès Marchetti"], page.Authors);
    }

    [Fact]
    public void The_agencies_credit_and_the_created_date_under_the_text_are_no_paragraphs()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a class="modeless" href="/en/author/news-wires/">NEWS WIRES</a>""")), "page.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Rescue teams moved", page.BodyParagraphs[^1]);
        Assert.Equal("2016-03-14", page.PublishedAt);
    }
}
