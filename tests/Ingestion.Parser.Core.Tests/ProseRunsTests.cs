using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProseRunsTests
{
    [Fact]
    public void A_paragraph_of_sentences_counts_whole()
    {
        const string Story = "The Bixby Creek Public Library will celebrate its 100th birthday Saturday with an open house.";
        using var document = new HtmlParser().ParseDocument($"<p><font size=\"2\">{Story}</font></p>");

        Assert.Equal(Story.Length, ProseRuns.Length(document.QuerySelector("p")!));
    }

    [Fact]
    public void A_rails_headline_links_and_calendar_entries_count_nothing()
    {
        using var document = new HtmlParser().ParseDocument(
            "<p><font size=\"1\"><a href=\"news/1.html\">Fair board weighs grandstand repairs after state inspection finds rot</a><br>"
            + "Sept. 28 - Residents turn out for the bridge and hospital meeting<br>Oct. 2 - Volunteers needed for the trail and road drive</font></p>");

        Assert.Equal(0, ProseRuns.Length(document.QuerySelector("p")!));
    }
}
