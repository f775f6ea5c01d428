using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReportedFromCreditLineTests
{
    [Theory]
    [InlineData("Dana Whitcomb reported from Lisbon, and Omar Reyes from Madrid.", true)]
    [InlineData("Dana Whitcomb and Omar Reyes reported from Lisbon.", true)]
    [InlineData("Kofi Mensah reported from Accra, Ghana.", true)]
    [InlineData("Lena Brook reported from Washington, D.C., and Ivo Marsh from the Hague.", true)]
    [InlineData("Mara Lind reported from the border for a decade before the paper closed.", false)]
    [InlineData("Whitcomb reported from Lisbon.", false)]
    [InlineData("The council reported from its budget office that the fund was short.", false)]
    [InlineData("Dana Whitcomb reported from Lisbon", false)]
    [InlineData("The harbour fleet was back in Lisbon by Friday, the port authority said.", false)]
    public void A_line_saying_where_the_writers_reported_from_is_no_text(string line, bool credit) =>
        Assert.Equal(credit, ReportedFromCreditLine.Is(line));

    [Fact]
    public void The_end_line_leaves_the_story_and_the_last_paragraph_stays()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour strike ends after two weeks</title></head><body><article>
            <h1>Harbour strike ends after two weeks</h1>
            <div class="byline">By <span class="byline-name">Dana Whitcomb</span> and <span class="byline-name">Omar Reyes</span></div>
            <div class="article-body__content">
            <p>Dock workers in Lisbon went back to work on Saturday after the port authority agreed to their pay demands, ending a strike that had stranded dozens of ships.</p>
            <p>The union said the deal raised wages by six percent over two years and added a night shift allowance for crane operators.</p>
            <p>Shipping lines said it would take about a week to clear the backlog of containers waiting in the bay.</p>
            <p class="endmark"><em>Dana Whitcomb reported from Lisbon, and Omar Reyes from Madrid.</em></p>
            </div></article></body></html>
            """), "story.html");

        Assert.Equal("Shipping lines said it would take about a week to clear the backlog of containers waiting in the bay.", page.BodyParagraphs[^1]);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
