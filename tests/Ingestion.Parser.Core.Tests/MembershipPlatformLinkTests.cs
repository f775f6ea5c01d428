using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembershipPlatformLinkTests
{
    private static ParsedPage Parse(string href) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ein Jahr Radwege | RadBlog</title></head>
        <body><article><h1>Ein Jahr Radwege</h1><div class="entry">
        <p>Vor einem Jahr hat die Stadt die ersten geschützten Radwege eröffnet, und seither zählen die Sensoren an der Brücke jeden Monat mehr Räder.</p>
        <p>Die Händler an der Hauptstraße, die damals um ihre Parkplätze fürchteten, berichten heute von mehr Laufkundschaft als zuvor.</p>
        <p>Im Herbst soll die nächste Strecke folgen, diesmal quer durch die Altstadt bis hinunter zum Bahnhof am Fluss.</p>
        <div class="kasten"><div class="column"><h1>Danke fürs Lesen!</h1>
        <p>Sie haben den ganzen Text gelesen. Gefällt Ihnen der Blog? Dann <a href="{{href}}">unterstützen</a> Sie uns bitte, damit wir unabhängig bleiben.</p>
        <p>Viele Grüße, Hanna Berger</p></div></div>
        </div></article></body></html>
        """), "page.html");

    [Theory]
    [InlineData("https://steadyhq.com/de/radblog")]
    [InlineData("https://www.patreon.com/radblog")]
    public void A_headed_box_linking_to_a_membership_platform_in_its_pitch_is_no_text(string href)
    {
        var page = Parse(href);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Lesen", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_box_linking_to_another_page_stays()
    {
        var page = Parse("https://radblog.example/ueber-uns/");

        Assert.Contains("Danke fürs Lesen!", page.BodyParagraphs);
    }
}
