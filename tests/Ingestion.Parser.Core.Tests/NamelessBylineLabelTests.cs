using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamelessBylineLabelTests
{
    private static ParsedPage Parse(string meta) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Neue Bänke am Seeufer</title></head><body>
        <div class="kopf"><h1>Neue Bänke am Seeufer</h1>
        <div class="meta">{{meta}}<br/></div></div>
        <div class="text">
        <p>Am Seeufer stehen seit dieser Woche zwölf neue Bänke aus Lärchenholz, gebaut von der Schreinerei im Nachbardorf.</p>
        <p>Die alten Bänke werden im Herbst abgebaut und im Bauhof zu Brennholz für den Wintermarkt verarbeitet.</p>
        </div></body></html>
        """), "baenke.html");

    [Fact]
    public void A_label_with_no_name_before_a_tooltip_date_gives_the_date()
    {
        var page = Parse("""von <a href="/profil/.html"></a> <span title="14.05.2017">am 14.05.2017</span>""");
        Assert.Equal("2017-05-14", page.PublishedAt);
        Assert.Empty(page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_named_byline_keeps_its_writer_and_date()
    {
        var page = Parse("""von <a href="/profil/lena.html">Lena Hofer</a> <span title="14.05.2017">am 14.05.2017</span>""");
        Assert.Equal("2017-05-14", page.PublishedAt);
        Assert.Equal(["Lena Hofer"], page.Authors);
    }

    [Theory]
    [InlineData("von  am 14.05.2017", "am 14.05.2017")]
    [InlineData("By on May 14, 2017", "on May 14, 2017")]
    [InlineData("Par le 14 mai 2017", "le 14 mai 2017")]
    [InlineData("von 2017-05-14", "2017-05-14")]
    public void The_label_before_a_date_goes(string line, string date) => Assert.Equal(date, NamelessBylineLabel.Without(line));

    [Theory]
    [InlineData("By 2020")]
    [InlineData("By on the way home")]
    [InlineData("By May 2017 the benches will be gone")]
    [InlineData("Von Lena Hofer am 14.05.2017")]
    [InlineData("on May 14, 2017")]
    public void Other_lines_stay(string line) => Assert.Equal(line, NamelessBylineLabel.Without(line));
}
