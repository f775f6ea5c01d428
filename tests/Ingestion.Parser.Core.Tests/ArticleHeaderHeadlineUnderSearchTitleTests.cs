using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleHeaderHeadlineUnderSearchTitleTests
{
    private static ParsedPage Parse(string documentTitle, string header, string extra = "") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title><meta property="og:title" content="{{documentTitle}}"></head><body>
        <header class="site"><a href="/">Kontakt &amp; Hilfe</a>{{extra}}</header>
        <main><article><header class="head">{{header}}<div class="date"><time datetime="2021-05-04">04.05.2021</time></div></header>
        <p>Der Club hat zwölf Fähren auf ihre Sicherheit, die Pünktlichkeit und den Komfort an Bord geprüft, im Sommer und im Winter.</p>
        <p>Drei Schiffe fallen durch, weil ihre Rettungswesten nicht für Kinder passen und die Ansagen kaum zu verstehen sind.</p>
        </article></main><footer><div>© 2021 Hafenclub</div></footer></body></html>
        """), "faehren.html");

    [Fact]
    public void The_article_headers_only_h1_outranks_a_search_title_with_the_site_after_it()
    {
        var page = Parse("Hafenclub Fährentest 2021 | Hafenclub", "<h1>Zwölf Fähren im Test: Drei fallen durch</h1>");

        Assert.Equal("Zwölf Fähren im Test: Drei fallen durch", page.Title);
        Assert.Equal("Hafenclub", page.Site);
    }

    [Fact]
    public void A_title_without_a_site_part_stays()
    {
        var page = Parse("Hafenclub prüft zwölf Fähren auf hoher See", "<h1>Zwölf Fähren im Test: Drei fallen durch</h1>");

        Assert.Equal("Hafenclub prüft zwölf Fähren auf hoher See", page.Title);
    }

    [Fact]
    public void A_second_h1_on_the_page_leaves_the_title()
    {
        var page = Parse("Hafenclub Fährentest 2021 | Hafenclub", "<h1>Zwölf Fähren im Test: Drei fallen durch</h1>", "<h1>Hafenclub Magazin für alle Mitglieder</h1>");

        Assert.NotEqual("Zwölf Fähren im Test: Drei fallen durch", page.Title);
    }
}
