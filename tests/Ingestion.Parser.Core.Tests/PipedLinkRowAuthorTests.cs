using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PipedLinkRowAuthorTests
{
    private const string Page = """
        <html><head><title>Puerto reabre tras la tormenta - Kanal Noticias</title></head><body>
        <h1>El puerto reabre tras la tormenta de la semana pasada</h1>
        <div class="story">
        <p>El puerto de la ciudad reabrió el lunes después de cinco días cerrado por la tormenta, informaron las autoridades locales.</p>
        <p>Los barcos de carga volvieron a atracar por la tarde, aunque los pasajeros deberán esperar hasta el miércoles.</p>
        </div>
        <div class="footer"><div class="editions"><a href="http://x.test/espanol/">ONC en ESPAÑOL</a> | <a href="http://y.test/">ONC Chile</a> | <a href="http://z.test/">MÉXICO</a> | <a href="http://w.test/">English</a></div>
        <div class="legal">© 2013 Orbe News Channel. All Rights Reserved.</div></div>
        </body></html>
        """;

    [Fact]
    public void A_footers_row_of_edition_links_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "puerto.html");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_signature_typed_under_the_text_keeps_its_writers()
    {
        var html = Page.Replace("""<div class="editions"><a href="http://x.test/espanol/">ONC en ESPAÑOL</a> | <a href="http://y.test/">ONC Chile</a> | <a href="http://z.test/">MÉXICO</a> | <a href="http://w.test/">English</a></div>""",
            """<div class="firma">Ana Ruiz y Luis Paz | MÉXICO</div>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "puerto.html");
        Assert.Equal(["Ana Ruiz", "Luis Paz"], page.Authors);
    }
}
