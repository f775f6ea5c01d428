using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashNameOverTextTests
{
    private const string Prose = "The ferry left the harbour at six every morning for thirty years, and the town set its clocks by the horn it sounded at the pier.";

    private static ParsedPage Parse(string opening, string closing = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why the ferry still sails - Harbour Notes</title></head><body>
        <article><h1>Why the ferry still sails</h1>
        <p class="byline">By <a rel="author" href="/author/ruth">Ruth Okafor</a></p>
        <div class="entry-content">
        {{opening}}
        <p>{{Prose}}</p>
        <p>When the council tried to cut the early crossing, the pilots wrote to every household on the island to ask what it meant to them.</p>
        <p>Hundreds of letters came back within a week, most of them about the people the boat had carried to work, to school and to hospital.</p>
        {{closing}}
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_dashed_name_under_a_motto_over_the_essay_is_the_mottos_attribution()
    {
        var page = Parse("<blockquote><p><em>I have never seen a harbour town change that did not begin with its people finally getting tired of waiting for the boat.</em></p></blockquote><p>—Dana Whitcomb</p>");

        Assert.Contains("—Dana Whitcomb", page.BodyParagraphs);
        Assert.Equal(["Ruth Okafor"], page.Authors);
    }

    [Fact]
    public void A_dashed_name_under_the_last_paragraph_is_still_the_writers_sign_off()
    {
        var page = Parse("", "<p>— Dana Whitcomb</p>");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Whitcomb", StringComparison.Ordinal));
    }

    [Fact]
    public void Initials_or_a_name_under_more_than_the_first_paragraph_are_no_attribution()
    {
        var lines = new PageLines([.. new[] { "A short first entry of the day's updates.", "— K.D.", Prose, Prose, Prose }.Select(line => new TextLine(0, line))]);

        Assert.False(DashNameOverText.Is(lines, 1, lines.Count, paragraphsAbove: 1, ["K.D."]));
        Assert.False(DashNameOverText.Is(lines, 1, lines.Count, paragraphsAbove: 2, ["Dana Whitcomb"]));
        Assert.False(DashNameOverText.Is(lines, 1, 3, paragraphsAbove: 1, ["Dana Whitcomb"]));
        Assert.True(DashNameOverText.Is(lines, 1, lines.Count, paragraphsAbove: 1, ["Dana Whitcomb"]));
    }
}
