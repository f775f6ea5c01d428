using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DescriptionLeadOnlyTextTests
{
    private const string Lead = "Am Abend liegt der kleine Hafen still. Nur zwei Boote schaukeln noch am Steg.";

    private static string Page(string underLead) => $"""
        <html lang="de"><head><title>Der stille Hafen – seeblatt.example</title>
        <meta name="description" content="{Lead}" />
        <meta property="og:title" content="Der stille Hafen – seeblatt.example" />
        <meta property="og:site_name" content="seeblatt.example" /></head><body>
        <header><nav><ul><li><a href="/news">News</a></li><li><a href="/bilder">Bilder</a></li></ul></nav></header>
        <main><div class="picture"><span class="tag">Foto der Woche</span><div class="credit">© Lena Brunner</div></div>
        <div class="row"><div class="col-left">
        <h1 class="entry-title">Der stille Hafen</h1>
        <p>{Lead}</p>
        {underLead}
        </div>
        <div class="col-right"><div>Der kleine Hafen am Abend. | © Lena Brunner</div><div>4. Mai 2021 | 06:00</div><div>Seite drucken</div></div>
        </div></main>
        <footer><p>Seestrasse 4</p><p>© seeblatt.example | 2021</p></footer>
        </body></html>
        """;

    [Fact]
    public void A_short_items_one_paragraph_over_the_dated_notice_and_small_print_is_its_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <div class="copyright">© Seeblatt Verlag, 04.05.2021<br>
            Die Rechte aller Beiträge liegen beim Seeblatt Verlag. Jede Weitergabe ist kostenpflichtig. Das Kopieren in Archive ist untersagt.</div>
            """)), "hafen.html");

        Assert.Equal([Lead], page.BodyParagraphs);
    }

    [Fact]
    public void A_story_with_prose_of_its_own_keeps_it() =>
        Assert.Equal(
            [DescriptionLeadOnlyText.Filled(["Der Hafenmeister zählte am Abend zwei Boote am Steg und schloss um neun Uhr das Tor."], new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page("")), [Lead])[0]],
            ["Der Hafenmeister zählte am Abend zwei Boote am Steg und schloss um neun Uhr das Tor."]);
}
