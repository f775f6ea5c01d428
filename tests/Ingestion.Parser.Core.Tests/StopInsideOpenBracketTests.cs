using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StopInsideOpenBracketTests
{
    private static string Page(string line) => $$"""
        <html><head><title>Harbor Station Finance Committee Meetings | Harbor Public Media</title>
        <meta property="og:site_name" content="Harbor Public Media"></head>
        <body><div id="header"><a href="/"><img alt="Harbor Public Media"></a></div>
        <div id="content"><div class="post" id="post-12"><h2>Harbor Station Finance Committee Meetings</h2>
        <div class="entry"><p>The finance committee reviews the station's budget each quarter and reports to the full board of trustees, which meets later the same month.</p>
        <p>{{line}}</p>
        <p>To request the call-in number for a telephone session, please call the station office during the working week.</p></div></div></div>
        <div id="footer"><a href="/contact/">contact</a> <a href="/privacy/">privacy policy</a></div></body></html>
        """;

    [Fact]
    public void Capitalised_words_after_a_stop_inside_an_open_bracket_are_no_credit()
    {
        const string entry = "Tuesday, May 6, 2014 at 5:30 PM (at the station, 12 Quay Street, 3rd Fl. Harbor Board Room)";
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(entry)), "meetings.html");

        Assert.Empty(page.Captions);
        Assert.Contains(entry, page.BodyParagraphs);
    }

    [Fact]
    public void A_name_after_a_closed_sentence_is_still_the_credit()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "Crowds fill the square outside the old harbor station (the ferry terminal) on a Tuesday morning. Rafael Quintero")), "meetings.html");

        Assert.Single(page.Captions);
        Assert.EndsWith("Rafael Quintero", page.Captions[0]);
    }

    [Theory]
    [InlineData("(at the station, 12 Quay Street, 3rd Fl", true)]
    [InlineData("Crowds outside the station (the ferry terminal) on Tuesday", false)]
    [InlineData("Crowds outside the station on Tuesday", false)]
    public void Counts_the_brackets_before_the_stop(string beforeStop, bool open) => Assert.Equal(open, StopInsideOpenBracket.Is(beforeStop));
}
