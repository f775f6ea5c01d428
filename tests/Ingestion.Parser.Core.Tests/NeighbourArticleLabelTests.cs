using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NeighbourArticleLabelTests
{
    [Theory]
    [InlineData("Vorheriger Artikel", true)]
    [InlineData("Nächster Artikel", true)]
    [InlineData("Artículo anterior", true)]
    [InlineData("Vorheriger Artikel über den Hafen erschien im Mai.", false)]
    public void Neighbour_article_labels_are_related_headings(string line, bool expected) => Assert.Equal(expected, BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void An_empty_keyword_box_over_the_neighbour_labels_gives_no_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Solardächer für Schulen</title></head><body>
            <div id="content"><h1>Solardächer für Schulen</h1>
            <p>Die Gemeinde will bis zum nächsten Jahr auf allen vier Schulen Solaranlagen errichten, sagte der Bürgermeister am Dienstag.</p>
            <p>Die Anlagen sollen zusammen etwa so viel Strom liefern, wie die Gebäude im Jahr verbrauchen, schätzen die Planer.</p>
            </div>
            <div id="side"><h3>Über diesen Artikel</h3>
            <p style="font-weight:bold">Stichwörter</p>
            <p></p>
            <p style="font-weight:bold">Vorheriger Artikel</p>
            <p><a href="/a/41">Stadtwerke senken den Strompreis im Herbst um zwei Prozent</a></p>
            <p style="font-weight:bold">Nächster Artikel</p>
            <p><a href="/a/43">Neue Ladesäulen am Bahnhof werden im Mai eröffnet</a></p>
            </div></body></html>
            """), "solar.html");
        Assert.Empty(page.Tags);
    }
}
