using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublicationFieldInFactRowTests
{
    [Fact]
    public void A_publication_field_closing_a_product_fact_row_dates_the_page()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Beete im Schatten | GARTENVERLAG</title></head><body>
            <header><h1 id="logo"><a href="/">GARTENVERLAG</a></h1></header>
            <div class="product"><div class="facts"><span class="author"><a href="/autoren/ilse-brunner">Ilse Brunner</a></span>
            <p class="factrow"><span class="c1">Gebunden</span> <span class="c2">212 Seiten</span>
            <span class="c1">ISBN:</span><span class="c2">978-3-00-000000-0</span>
            <span class="c1">Erschienen:</span><span class="c2">14.03.2018</span></p></div>
            <div class="description"><h1 class="desctitle">Beete im Schatten</h1>
            <p>Wer einen Garten unter alten Bäumen hat, kennt das Problem: wenig Licht, trockener Boden und Wurzeln überall. Dieses Buch zeigt, welche Stauden und Farne dort trotzdem gedeihen.</p>
            <p>Mit Pflanzplänen für jede Jahreszeit und vielen Beispielen aus Gärten in der Stadt und auf dem Land.</p></div></div>
            <footer><span class="copyright">© 2018 GARTENVERLAG</span></footer>
            </body></html>
            """), "beete.html");

        Assert.Equal("2018-03-14", page.PublishedAt);
        Assert.Equal("Beete im Schatten", page.Title);
    }

    [Theory]
    [InlineData("Gebunden 212 Seiten ISBN:978-3-00-000000-0 Erschienen:14.03.2018")]
    [InlineData("Paperback ISBN: 978-3-00-000000-0 Published: March 14, 2018")]
    [InlineData("Format: 12 x 19 cm | Veröffentlicht: 14.03.2018")]
    public void A_fact_row_ending_in_a_publication_date_is_read(string row)
    {
        Assert.True(PublicationFieldInFactRow.TryParse(row, out var time));
        Assert.Equal(new DateOnly(2018, 3, 14), time.Date);
    }

    [Theory]
    // No other field before it: a plain date line, which the date reader reads itself.
    [InlineData("Erschienen: 14.03.2018")]
    // A sentence before the label: text that mentions a date.
    [InlineData("Der Band kam gut an. Verlag: Nord, erschienen: 14.03.2018")]
    // The value goes on after the date, or is a relative time.
    [InlineData("ISBN:978-3-00-000000-0 Erschienen:14.03.2018 im Verlag Nord")]
    [InlineData("ISBN:978-3-00-000000-0 Erschienen: vor 3 Tagen")]
    // Another field's label, not the publication's.
    [InlineData("ISBN:978-3-00-000000-0 Lieferbar:14.03.2018")]
    public void Other_rows_are_left_alone(string row)
    {
        Assert.False(PublicationFieldInFactRow.TryParse(row, out _));
    }
}
