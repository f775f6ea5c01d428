using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SourcedChartBoxTests
{
    private const string Page = """
        <html><head><title>Ferry sailings fall for a third month - Coast Daily</title></head><body>
        <div class="story-body"><h1>Ferry sailings fall for a third month</h1>
        <div class="story-body__inner">
        <p>Ferry sailings to the islands fell for a third month in a row in April, the harbour board's figures show.</p>
        <p>The board said crew shortages and two weeks of gales had cancelled more crossings than in any spring since 2009.</p>
        <div class="graphic"><div class="chart-container"><h2 class="chart-title">Ferry crossings per day</h2>
        <div data-chart="true"></div><span class="chart-note">Figures are available until 30 April</span>
        <span class="chart-footer"><div>Source: Harbour Board</div><svg height="15" width="45"><path d="M0 0h10v10H0z"></path></svg></span>
        </div></div>
        <p>Island councillors have asked the board to publish a recovery plan before the summer timetable begins in June.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void A_drawn_charts_title_note_and_source_are_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("per day", StringComparison.Ordinal) || paragraph.Contains("available until", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_box_with_a_paragraph_stays()
    {
        var html = Page.Replace("""<span class="chart-note">Figures are available until 30 April</span>""",
            """<p>Crossings fell from 42 a day in January to 31 a day in April, with the worst week at the end of March.</p>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Contains("Crossings fell from 42 a day in January to 31 a day in April, with the worst week at the end of March.", page.BodyParagraphs);
    }
}
