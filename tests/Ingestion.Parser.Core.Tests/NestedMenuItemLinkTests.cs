using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NestedMenuItemLinkTests
{
    [Fact]
    public void An_item_with_its_link_and_a_nested_list_gives_the_link()
    {
        using var document = new HtmlParser().ParseDocument("<ul><li id=\"i\"><a href=\"/presse/\">Presse</a><ul><li><a href=\"/presse/fotos/\">Fotos</a></li></ul></li></ul>");

        Assert.Equal("Presse", NestedMenuItemLink.Of(document.GetElementById("i")!)?.TextContent);
    }

    [Theory]
    [InlineData("<ul><li id=\"i\"><a href=\"/presse/\">Presse</a><p>Alle Mitteilungen des Amtes.</p></li></ul>")]
    [InlineData("<ul><li id=\"i\"><a href=\"/presse/\">Presse</a></li></ul>")]
    [InlineData("<ul><li id=\"i\"><span>Presse</span><ul><li><a href=\"/presse/fotos/\">Fotos</a></li></ul></li></ul>")]
    public void Another_item_gives_none(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);

        Assert.Null(NestedMenuItemLink.Of(document.GetElementById("i")!));
    }

    [Fact]
    public void A_side_menus_last_entry_over_the_dateline_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Ministerin eröffnet die neue Fährlinie – Inselamt</title></head><body>
            <div id="content" role="main"><nav id="submenu"><ul>
            <li><a href="/amt/leitung/">Die Leitung</a><ul><li><a href="/amt/leitung/geschichte/">Geschichte des Amtes</a></li></ul></li>
            <li><a href="/amt/abteilungen/">Abteilungen</a></li>
            <li class="active"><a href="/amt/presse/">Presse</a><ul><li><a href="/amt/presse/mitteilungen/">Mitteilungen</a></li><li><a href="/amt/presse/fotos/">Fotos</a></li></ul></li>
            <li><a href="/amt/karriere/">Karriere</a></li>
            <li><a href="/amt/erleben/">INSELAMT ERLEBEN</a></li></ul></nav>
            <div class="main"><span class="press_date">4. Mai 2019</span> &mdash; <small>Mitteilung</small>
            <h2>Ministerin eröffnet die neue Fährlinie</h2>
            <p>Die Ministerin hat am Samstag die neue Fährlinie zwischen den beiden Inseln eröffnet und dankte den Werften für ihre Arbeit.</p>
            <p>Die Schiffe fahren ab Juni jede Stunde, im Winter alle zwei Stunden, und nehmen auch Fahrräder und kleine Lieferwagen mit.</p>
            </div></div></body></html>
            """), "fähre.html");

        Assert.Empty(page.Authors);
    }
}
