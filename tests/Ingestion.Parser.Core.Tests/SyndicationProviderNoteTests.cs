using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SyndicationProviderNoteTests
{
    private const string Page = """
        <html><head><title>Ferry Line Wins Harbor Grant</title><meta property="og:site_name" content="Coastwise.com" /></head>
        <body><div class="content"><h1>Ferry Line Wins Harbor Grant</h1>
        <p>PORT ELLIS &mdash; The county's ferry line will receive $4 million from the state harbor fund, the transport board said on Tuesday.</p>
        <p>The grant pays for two new landing ramps and a second boat for the winter timetable, which has run with a single vessel since the spring.</p>
        <p>Board members said the work could start in April if the ramps' permits arrive on time from the coastal office.</p>
        <p><em>This story was provided by <a href="http://harborledger.example/">Harbor Ledger</a>, dedicated to covering the business of the coast.</em></p>
        </div></body></html>
        """;

    [Fact]
    public void An_outlets_provided_by_note_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Board members said", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This story was provided by Harbor Ledger, dedicated to covering the business of the coast.", true)]
    [InlineData("This article was provided by our partners at Coastal Health News.", true)]
    [InlineData("This story was provided by a neighbour who found the letters in her attic last spring.", false)]
    [InlineData("The story was provided by Harbor Ledger.", false)]
    public void Only_a_note_naming_an_outlet_is_the_portals(string line, bool expected) =>
        Assert.Equal(expected, SyndicationProviderNote.Is(line));
}
