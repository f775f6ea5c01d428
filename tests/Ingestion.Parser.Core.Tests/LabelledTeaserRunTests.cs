using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledTeaserRunTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry keeps its late run</title></head><body><h1>Night ferry keeps its late run</h1>
        <div class="article-body">
        <p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p>
        {{box}}
        <p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p>
        </div></body></html>
        """), "page.html");

    [Fact]
    public void Headlines_each_flagged_with_another_bracketed_word_in_capitals_are_no_captions_and_no_text()
    {
        var page = Parse("""
            <div class="dont-miss"><p> <strong> Don't miss... </strong> <br>
            <strong> <a href="/news/1">Ferry fares to rise for the third time this year</a> [INSIGHT] </strong> <br>
            <strong> <a href="/news/2">Harbour board names its new chair after a long search</a> [REVEAL] </strong> <br>
            <strong> <a href="/news/3">Night crossing kept for the winter after riders' campaign</a> [SPOTLIGHT] </strong></p></div>
            """);

        Assert.Empty(page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_caption_crediting_its_agency_in_square_brackets_stays_a_caption()
    {
        var page = Parse("""
            <div class="photo"><img src="quay.jpg" alt=""><p>Protesters gather on the east quay of the old harbour [AFP]</p></div>
            """);

        Assert.Contains(page.Captions, caption => caption.EndsWith("[AFP]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_recognizer_wants_two_lines_with_different_flags()
    {
        var lines = new PageLines([
            new TextLine(0, "Ferry fares to rise for the third time this year [INSIGHT]"),
            new TextLine(0, "Harbour board names its new chair after a long search [REVEAL]"),
            new TextLine(0, ""),
            new TextLine(0, "Protesters gather on the east quay of the old harbour [REUTERS]"),
            new TextLine(0, "Ferries wait at the west quay for the storm to pass [REUTERS]"),
            new TextLine(0, ""),
            new TextLine(0, "Ferries wait at the west quay for the storm to pass [UPDATE]"),
        ]);

        Assert.True(LabelledTeaserRun.Is(lines, 0));
        Assert.True(LabelledTeaserRun.Is(lines, 1));
        Assert.False(LabelledTeaserRun.Is(lines, 3));
        Assert.False(LabelledTeaserRun.Is(lines, 6));
    }
}
