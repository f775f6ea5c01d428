using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A "source"-classed line closing a picture's box that shows nothing else is the picture's credit (SourceClassedPictureCredit).</summary>
public class SourceClassedPictureCreditTests
{
    private const string ShareButtons = """<ul class="rollover-shares"><li><button class="facebook"><img alt="facebook" src="/fb.png"></button></li><li><button class="twitter"><img alt="twitter" src="/tw.png"></button></li></ul>""";

    private static ParsedPage Parse(string pictures) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>The Night Ferry Came Back For Its Last Passenger</title></head><body>
        <div class="single"><h1>The Night Ferry Came Back For Its Last Passenger</h1>
        <div class="section30">
        <p>The last ferry of the night had left the pier when the skipper saw a man waving from the end of the jetty, and turned back for him.</p>
        {{pictures}}
        </div></div></body></html>
        """), "night-ferry.html");

    private static string PictureBox(string heading, string file, string below) => $$"""
        <div class="media-image"><h3>{{heading}}</h3>
        <div class="media-image-container">{{ShareButtons}}<img alt="{{heading}}" src="/img/{{file}}.jpg" />{{below}}</div></div>
        """;

    [Fact]
    public void The_source_line_closing_each_pictures_box_is_its_credit_an_entry_a_picture()
    {
        var page = Parse(
            PictureBox("The skipper turns the ferry back towards the jetty", "turn", """<p class="source">Harbour Gazette / Dana Ruiz</p>""")
            + PictureBox("The passenger climbs aboard with his bicycle", "aboard", """<p class="source">Harbour Gazette / Dana Ruiz</p>"""));

        Assert.Equal(["Harbour Gazette / Dana Ruiz", "Harbour Gazette / Dana Ruiz"], page.Captions);
        Assert.Contains("The skipper turns the ferry back towards the jetty", page.BodyParagraphs);
    }

    [Fact]
    public void A_source_line_ending_a_sentence_is_no_credit()
    {
        var page = Parse(PictureBox("Ferry passengers by month", "chart", """<p class="source">Figures from the harbour board, counted at the gate.</p>"""));

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_source_line_in_a_box_with_words_of_its_own_is_no_credit()
    {
        var page = Parse("""
            <div class="media-image"><div class="media-image-container"><img alt="" src="/img/pier.jpg" />
            <p>The pier lights stay on until the last ferry is tied up.</p><p class="source">Harbour Gazette</p></div></div>
            """);

        Assert.DoesNotContain("Harbour Gazette", page.Captions);
    }

    [Fact]
    public void A_source_line_followed_by_more_of_the_box_is_no_credit()
    {
        var page = Parse(PictureBox("The jetty at night", "jetty", """<p class="source">Harbour Gazette</p><a class="more" href="/gallery/">More pictures</a>"""));

        Assert.DoesNotContain("Harbour Gazette", page.Captions);
    }
}
