using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"… on election night. Screenshot: Valley Tribune": a chart's, map's or screenshot's caption and credit between paragraphs.</summary>
public class GraphicCreditAfterSentenceTests
{
    [Theory]
    [InlineData("The county results map at 11:42 p.m. on election night. Screenshot: Valley Tribune")]
    [InlineData("The 2021 general fund, by department. Source: Hollis County proposed budget. Chart by The Ledger Line.")]
    [InlineData("Where the new bus routes run, by school. Map by Dana Ruiz")]
    public void A_caption_closed_by_a_graphics_credit_is_a_caption(string line)
    {
        Assert.True(GraphicCreditAfterSentence.EndsWith(line));
        Assert.NotNull(CaptionDetector.TryRead(line));
    }

    [Theory]
    [InlineData("The board approved the plan on Tuesday. Map: the new routes will be posted on the district's site next week.")]
    [InlineData("Chart by chart, the analysts rebuilt the model over the summer.")]
    [InlineData("The county published the figures in 2021. Screenshot: 14 pages of them")]
    [InlineData("It rained. Chart by Dana")]
    public void A_sentence_of_the_text_is_none(string line) => Assert.False(GraphicCreditAfterSentence.EndsWith(line));

    [Fact]
    public void Between_paragraphs_it_leaves_the_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "How we built our election results map without a server\n\nBy Dana Ruiz\n\nNovember 9, 2023\n\n"
            + "For years our results pages ran on a small application server that pulled numbers from the county's feed every two minutes.\n\n"
            + "This time we decided the map would be nothing but static files, fetched by a script on a laptop in the newsroom every 90 seconds.\n\n"
            + "The county results map at 11:42 p.m. on election night. Screenshot: Valley Tribune\n\n"
            + "The hardest part was not the code. It was agreeing, weeks ahead, on what every race would look like when it was too close to call.\n"), "page.txt");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Contains("The county results map at 11:42 p.m. on election night. Screenshot: Valley Tribune", page.Captions);
    }
}
