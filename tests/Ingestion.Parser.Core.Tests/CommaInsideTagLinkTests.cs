using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommaInsideTagLinkTests
{
    [Fact]
    public void The_lists_comma_printed_inside_each_link_is_no_part_of_the_tag()
    {
        List<string> tags = ["Chorleitung,", "Kantorei ,", "Gerhard Vogt;", "Dresden"];

        Assert.Equal(["Chorleitung", "Kantorei", "Gerhard Vogt", "Dresden"], CommaInsideTagLink.Without(tags));
    }

    [Fact]
    public void Tags_without_a_trailing_separator_stay_as_they_are()
    {
        List<string> tags = ["Chorleitung", "Orgel, Bau und Pflege", "Dresden"];

        Assert.Same(tags, CommaInsideTagLink.Without(tags));
    }

    [Fact]
    public void A_tag_box_whose_links_end_in_commas_gives_the_tags_without_them()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Neue Kantorin für die Kreuzkirche | DIE KIRCHENZEITUNG</title></head><body>
            <div class="col"><h1>Neue Kantorin für die Kreuzkirche</h1><div class="full_article">
            <p>Die Kreuzkirchgemeinde hat eine neue Kantorin: Helga Brenner übernimmt im Herbst die Leitung der Kantorei und des Kinderchores.</p>
            <p>Brenner stammt aus Görlitz, studierte in Leipzig Kirchenmusik und leitete zuletzt acht Jahre lang einen Kammerchor in Halle.</p>
            </div></div>
            <div class="col"><div class="widget_info"><strong>Tags</strong><br>
            <div class="tags"><a href="/tag/Kantorei">Kantorei,</a> <a href="/tag/Kreuzkirche">Kreuzkirche,</a> <a href="/tag/Halle">Halle</a></div></div></div>
            </body></html>
            """), "page.html");

        Assert.Equal(["Kantorei", "Kreuzkirche", "Halle"], page.Tags);
    }
}
