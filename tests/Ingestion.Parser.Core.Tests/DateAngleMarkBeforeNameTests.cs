using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateAngleMarkBeforeNameTests
{
    private static ParsedPage Parse(string entryLine) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>Alte Handyspiele im Emulator | Pixelkeller</title></head><body>
        <div class="post"><h1><a href="/2014/alte-handyspiele/">Alte Handyspiele im Emulator</a></h1>
        <small>{{entryLine}}</small>
        <div class="entry"><p>Neulich wollte ich eines meiner alten Handyspiele wieder spielen, aber das Telefon dazu gibt es l&auml;ngst nicht mehr, und so habe ich einen Emulator ausprobiert.</p>
        <p>Der Emulator l&auml;uft auf jedem Rechner mit Java und kann sogar kurze Videos vom Spiel aufzeichnen, was f&uuml;r alte Spiele ganz praktisch ist.</p></div></div></body></html>
        """), "spiele.html");

    [Fact]
    public void A_date_line_with_the_writer_after_an_angle_mark_gives_the_time()
    {
        var page = Parse("Dienstag, 4.3.2014, 09:15  <!-- --> &gt; pix]e[l <!-- -->");

        Assert.Equal("2014-03-04T09:15:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("Dienstag, 4.3.2014, 09:15 > Greta", "Dienstag, 4.3.2014, 09:15 | Greta")]
    [InlineData("Home > Spiele > Emulatoren", "Home > Spiele > Emulatoren")]
    [InlineData("4.3.2014 > Heute haben wir im Verein lange über alte Spiele gesprochen", "4.3.2014 > Heute haben wir im Verein lange über alte Spiele gesprochen")]
    [InlineData("Spiele > 4.3.2014", "Spiele > 4.3.2014")]
    public void Only_a_date_before_the_mark_and_a_short_name_after_it_make_a_bar(string line, string expected)
    {
        Assert.Equal(expected, DateAngleMarkBeforeName.WithBar(line));
    }
}
