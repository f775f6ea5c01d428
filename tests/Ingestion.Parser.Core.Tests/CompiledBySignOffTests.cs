using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"-- Compiled by Name" closing a roundup of notes is the writer's sign-off, not a paragraph (LabelledSignOff).</summary>
public class CompiledBySignOffTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Bakery opens; ferry grant; rowing club moves: Harbour Notes | harbour.com</title>
        <meta property="og:site_name" content="harbour.com"></head><body>
        <div id="article"><h1>Bakery opens; ferry grant; rowing club moves: Harbour Notes</h1>
        <div class="entry-content">
        <p><strong>EASTPORT</strong> -- Two sisters have opened a bakery and coffee bar in the old chandlery on Quay Street, selling rye loaves and cardamom buns.</p>
        <p><strong>WESTHAVEN</strong> -- The ferry trust has given the rowing club a grant of $4,000 to repair the slipway before the spring regatta.</p>
        <p>The club will move its boats to the north shed while the work goes on.</p>
        <p>{{closing}}</p>
        </div></div></body></html>
        """), "notes.html");

    [Fact]
    public void A_compiled_by_line_under_the_notes_is_no_paragraph_and_names_the_writer()
    {
        var page = Parse("-- Compiled by Lena Hansen");
        Assert.Equal("The club will move its boats to the north shed while the work goes on.", page.BodyParagraphs[^1]);
        Assert.Equal(["Lena Hansen"], page.Authors);
    }

    [Fact]
    public void A_closing_sentence_that_merely_mentions_compiling_stays()
    {
        var page = Parse("-- Compiled by the club, the list of repairs runs to three pages and will be read out at the meeting.");
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("Compiled by Lena Hansen", "Lena Hansen")]
    [InlineData("compiled by Lena Hansen", "Lena Hansen")]
    public void Bare_drops_the_compiled_label(string text, string bare)
    {
        Assert.Equal(bare, LabelledSignOff.Bare(text).ToString());
    }
}
