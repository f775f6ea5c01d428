using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IndentedQuoteSourceTests
{
    private const string Closing = "<p>Die Kosten für den Winterdienst übernimmt zur Hälfte das Land, den Rest tragen die Gemeinde und der Fischereiverein.</p>";

    private static string Page(string afterQuote) => $"""
        <html><head><meta charset="utf-8"><title>Der Hafen bleibt offen</title></head>
        <body><main><div class="content"><h1>Der Hafen bleibt offen</h1>
        <p>Die Gemeinde hat am Montag beschlossen, den alten Hafen auch im kommenden Winter für die Fischer offen zu halten.</p>
        <blockquote><p>Wir halten den Hafen offen, solange die Boote hier ihr Auskommen finden, und das wird noch lange so sein.</p></blockquote>
        {afterQuote}
        </div></main></body></html>
        """;

    [Fact]
    public void The_dash_line_under_a_block_quote_names_the_speaker_and_stays_in_the_text()
    {
        var page = HtmlPageSplitter.Split(Page("<p>– Ada Brenner</p>" + Closing));
        Assert.Empty(page.Authors);
        Assert.Contains("– Ada Brenner", page.BodyParagraphs);
    }

    [Fact]
    public void A_dash_line_under_a_paragraph_at_the_margin_still_signs_the_story() =>
        Assert.Equal(["Ada Brenner"], HtmlPageSplitter.Split(Page(Closing + "<p>– Ada Brenner</p>")).Authors);
}
