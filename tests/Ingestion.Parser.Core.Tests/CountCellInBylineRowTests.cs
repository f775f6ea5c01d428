using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CountCellInBylineRowTests
{
    [Theory]
    [InlineData("Von Jonas am 14.06.2012, 09:20 | 3 Meinungen | Wasserstoff", 3)]
    [InlineData("Von Jonas am 14.06.2012, 09:20 | 0 Kommentare", 0)]
    [InlineData("14.06.2012, 09:20 | 3 Meinungen | Wasserstoff", null)]
    [InlineData("Von Jonas am 14.06.2012, 09:20 | Wasserstoff", null)]
    [InlineData("Wasserstoff | 3 Meinungen", null)]
    public void The_cell_after_a_dated_byline_gives_the_count(string line, int? count) => Assert.Equal(count, CountCellInBylineRow.Read(line));

    [Fact]
    public void The_posts_closing_row_declares_the_count()
    {
        var page = Parse("""
            <div class="meta">Von Jonas am 14.06.2012, 09:20 | 3 Meinungen | <a href="/kat/wasser/">Wasserstoff</a></div>
            """);
        Assert.Equal(3, page.DeclaredCommentCount);
    }

    [Fact]
    public void Rows_under_several_teasers_declare_none()
    {
        var page = Parse("""
            <div class="meta">Von Jonas am 14.06.2012, 09:20 | <a href="/kat/wasser/">Wasserstoff</a></div>
            <h3><a href="/a/1">Neue Tankstelle am Stadtrand</a></h3>
            <div class="meta">Von Jonas am 11.06.2012, 10:05 | 2 Meinungen | Verkehr</div>
            <h3><a href="/a/2">Busse fahren bald mit Strom</a></h3>
            <div class="meta">Von Mira am 09.06.2012, 16:40 | 5 Meinungen | Verkehr</div>
            """);
        Assert.Null(page.DeclaredCommentCount);
    }

    private static ParsedPage Parse(string footer) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wasserstoff im Landkreis</title></head><body>
        <div id="content"><h1>Wasserstoff im Landkreis</h1>
        <div class="body"><p>Im Landkreis sollen bis zum Herbst drei neue Tankstellen für Wasserstoff entstehen, teilte das Landratsamt am Mittwoch mit.</p>
        <p>Die Kosten von rund vier Millionen Euro tragen zum größten Teil der Bund und das Land, den Rest übernehmen die Gemeinden.</p></div>
        {{footer}}
        </div></body></html>
        """), "wasserstoff.html");
}
