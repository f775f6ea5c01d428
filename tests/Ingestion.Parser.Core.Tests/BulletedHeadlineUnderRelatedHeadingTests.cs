using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BulletedHeadlineUnderRelatedHeadingTests
{
    private static ParsedPage Parse(string tail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        Harbour strike ends after two weeks

        By Dana Whitcomb

        Dock workers in Lisbon went back to work on Saturday after the port authority agreed to their pay demands, ending a strike that had stranded dozens of ships.

        The union said the deal raised wages by six percent over two years and added a night shift allowance for crane operators.

        Shipping lines said it would take about a week to clear the backlog of containers waiting in the bay.

        {tail}
        """), "story.txt");

    [Fact]
    public void Bullets_under_a_related_heading_are_its_links_even_when_they_read_as_sentences()
    {
        var page = Parse("""
            Next Up In Business

              • The ferry crews finally got their raise. Here's how they won it.
              • Harbour fest returns on June 4
              • Why the bay's oyster beds are coming back
            """);

        Assert.Equal("Shipping lines said it would take about a week to clear the backlog of containers waiting in the bay.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_paragraph_after_the_bullets_is_no_link()
    {
        var lines = new PageLines(TextLine.Split("""
            Next Up In Business

            • The ferry crews finally got their raise. Here's how they won it.
            • Harbour fest returns on June 4

            The union said it would vote on the deal next week.
            """));

        Assert.True(BulletedHeadlineUnderRelatedHeading.Is(lines, 2, 0));
        Assert.True(BulletedHeadlineUnderRelatedHeading.Is(lines, 3, 0));
        Assert.False(BulletedHeadlineUnderRelatedHeading.Is(lines, 5, 0));
    }
}
