using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IconFollowLineTests
{
    [Fact]
    public void A_follow_call_whose_network_logos_are_gone_is_no_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Le bac du port gardera sa dernière traversée</title></head><body>
            <div id="story"><h1>Le bac du port gardera sa dernière traversée</h1>
            <div id="story_text">
            <p>La régie du port a confirmé lundi que la traversée de vingt-deux heures serait maintenue tout l'hiver, malgré une fréquentation en baisse depuis la rentrée.</p>
            <p>Les usagers de la rive nord, qui travaillent pour beaucoup dans les conserveries du quai, avaient réuni près de deux mille signatures en trois semaines.</p>
            <div class="networks">Devenez fan sur <a href="https://example.org/fb"><img src="/fb.png" /></a>, suivez-nous sur <a href="https://example.org/tw"><img src="/tw.png" /></a></div>
            </div></div></body></html>
            """), "bac.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Les usagers de la rive nord", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Devenez fan sur , suivez-nous sur", true)]
    [InlineData("Follow us on", true)]
    [InlineData("Folgen Sie uns auf", true)]
    [InlineData("Like us on , follow us on", true)]
    [InlineData("Follow us on the harbour trail, the guide said.", false)]
    [InlineData("Suivez-nous sur le quai nord jusqu'au ponton", false)]
    [InlineData("The ferry crews stayed on", false)]
    public void Only_a_short_follow_call_that_ends_on_its_preposition(string line, bool expected) =>
        Assert.Equal(expected, IconFollowLine.Is(line));
}
