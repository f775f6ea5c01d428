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

    private static ParsedPage ParseBlogPost(string tail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>Three studio websites we kept coming back to</title></head><body>
        <h1>Three studio websites we kept coming back to</h1>
        <div class="post-body"><p>Every relaunch gives a studio something new to say, and a reason for others to talk about it again this spring.</p>
        <p>We looked at three small studios that rebuilt their sites this month and liked what each of them changed about the way it shows its work.</p>
        <p>The last of them leads with short clips of its projects and keeps each case study to a page of notes and a video below it.</p>
        {tail}</div></body></html>
        """), "post.html");

    [Fact]
    public void Arrow_links_under_a_related_reading_heading_are_no_text()
    {
        var page = ParseBlogPost("""
            <h3>Related reading</h3><p>→ <a href="/pricing-a-commission/">Pricing a commission</a><br><br>→ <a href="/notes-from-a-studio-move/">Notes from a studio move</a><br><br>→ <a href="/closed-for-repairs/">"Closed for repairs"</a></p>
            """);

        Assert.Equal("The last of them leads with short clips of its projects and keeps each case study to a page of notes and a video below it.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void Arrow_lines_under_a_heading_of_the_text_stay()
    {
        var page = ParseBlogPost("""
            <h3>What to bring</h3><p>→ A laptop with the slides on it<br><br>→ Printed proofs of the poster series<br><br>→ Two copies of the budget</p>
            """);

        Assert.Equal("→ Two copies of the budget", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_blank_line_between_arrow_links_keeps_the_run_and_a_line_of_text_ends_it()
    {
        var lines = new PageLines(TextLine.Split("""
            Related reading

            → Pricing a commission

            → Notes from a studio move

            We will add more notes here as the studios send them.

            → A line after the run
            """));

        Assert.True(BulletedHeadlineUnderRelatedHeading.Is(lines, 2, 0));
        Assert.True(BulletedHeadlineUnderRelatedHeading.Is(lines, 4, 0));
        Assert.False(BulletedHeadlineUnderRelatedHeading.Is(lines, 8, 0));
    }
}
