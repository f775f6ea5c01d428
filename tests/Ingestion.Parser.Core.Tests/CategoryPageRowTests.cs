using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryPageRowTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Der Dorfladen bleibt offen – Talbote</title></head><body>
        <div class="beitrag"><div class="meta"><a href="/autor/lena_brandt">Lena Brandt</a> / 14.03.2019 / 08:30</div>
        <div id="maincontent"><h2>Der Dorfladen bleibt offen</h2>
        <p>Der kleine Laden am Brunnen bleibt auch im nächsten Jahr geöffnet, weil sich zwölf Familien die Miete teilen wollen.</p>
        <p>Die Gemeinde stellt den Raum im alten Schulhaus weiter zur Verfügung, und der Bäcker aus dem Nachbarort liefert jeden Morgen.</p>
        </div>
        <div class="fusszeile"><div class="kategorien">{{row}}</div></div>
        </div></body></html>
        """), "laden.html");

    [Fact]
    public void A_categories_label_over_colon_parted_category_page_links_gives_them_as_tags()
    {
        var page = Parse("""
            Kategorien: <a href="/kategorie/Dorf">Dorf</a>: <a href="/kategorie/Handel">Handel</a>: 
            """);

        Assert.Equal(["Dorf", "Handel"], page.Tags);
    }

    [Fact]
    public void Colon_parted_links_under_another_label_give_no_tags()
    {
        var page = Parse("""
            Weiterlesen: <a href="/kategorie/Dorf">Dorf</a>: <a href="/kategorie/Handel">Handel</a>: 
            """);

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_categories_label_over_links_to_other_pages_gives_no_tags()
    {
        var page = Parse("""
            Kategorien: <a href="/seite/dorf">Dorf</a>: <a href="/seite/handel">Handel</a>: 
            """);

        Assert.Empty(page.Tags);
    }

    [Theory]
    [InlineData("/kategorie/Dorf", true)]
    [InlineData("https://talbote.test/category/boats/", true)]
    [InlineData("/kategorie/", false)]
    [InlineData("/seite/kategorie", false)]
    [InlineData("/artikel/kategorien_im_dorf", false)]
    public void A_link_leads_to_a_category_page_when_a_category_segment_has_another_after_it(string href, bool expected)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<a href=\"{href}\">x</a>");

        Assert.Equal(expected, CategoryPageRow.IsLink(document.QuerySelector("a")!));
    }
}
