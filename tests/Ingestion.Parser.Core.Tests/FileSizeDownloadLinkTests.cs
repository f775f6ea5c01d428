using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FileSizeDownloadLinkTests
{
    [Fact]
    public void Download_links_with_their_file_size_are_no_paragraphs()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>Beete im Schatten | GARTENVERLAG</title></head><body>
            <header><h1 id="logo"><a href="/">GARTENVERLAG</a></h1></header>
            <div class="product"><div class="description"><h1 class="desctitle">Beete im Schatten</h1>
            <p>Wer einen Garten unter alten Bäumen hat, kennt das Problem: wenig Licht, trockener Boden und Wurzeln überall. Dieses Buch zeigt, welche Stauden und Farne dort trotzdem gedeihen.</p>
            <p>Mit Pflanzplänen für jede Jahreszeit und vielen Beispielen aus Gärten in der Stadt und auf dem Land.</p>
            <div class="panel"><ul class="file-list">
            <li>
              <a href="/files/leseprobe-beete.pdf" target="_blank">Leseprobe_Beete im Schatten</a>
              (812 kB)
            </li>
            <li><a href="/files/inhalt-beete.pdf">Inhaltsverzeichnis_Beete im Schatten</a> [PDF, 1,3 MB]</li>
            </ul></div></div></div>
            <footer><span class="copyright">© 2018 GARTENVERLAG</span></footer>
            </body></html>
            """), "beete.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("kB)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<li><a href=\"/a.pdf\">Leseprobe</a> (812 kB)</li>", true)]
    [InlineData("<p><a href=\"/a.pdf\">Jahresbericht 2019</a> (pdf | 2 MB)</p>", true)]
    // An archive's month with its count, a sentence around the link, a size inside a sentence: left alone.
    [InlineData("<li><a href=\"/2019/03/\">März 2019</a> (4)</li>", false)]
    [InlineData("<p>Den <a href=\"/a.pdf\">Bericht</a> (1,3 MB) gibt es hier.</p>", false)]
    [InlineData("<p><a href=\"/a.pdf\">Bericht</a> (1,3 MB) mit allen Zahlen des Jahres</p>", false)]
    [InlineData("<p><a href=\"/a\">Bericht</a> (mit Karten)</p>", false)]
    public void Only_a_link_followed_by_its_file_size_counts(string markup, bool expected)
    {
        var document = new HtmlParser().ParseDocument($"<div id=\"text\">{markup}</div>");

        Assert.Equal(expected, FileSizeDownloadLink.IsDownload(document.GetElementById("text")!.FirstElementChild!));
    }
}
