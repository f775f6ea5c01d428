using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A short sentence lynx prints at the margin right under a longer heading is the heading's deck (MarginDeckUnderHeading).</summary>
public class MarginDeckUnderHeadingTests
{
    private const string Text =
        "   This is only my own view of the harbour office, and other volunteers will see it differently.\n\n"
        + "   The first thing I hear at the counter is a question about the pier, which has been closed since the storm in March.\n";

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "office_lynx.txt");

    [Fact]
    public void A_short_sentence_at_the_margin_under_a_longer_heading_is_its_deck()
    {
        var page = Parse("   Home/Harbour Life\n\nWhat Not to Say at the Harbour Office Counter\n\nChoose your words wisely.\n\n   image Share\n   image Pin\n\n" + Text);

        Assert.Equal("What Not to Say at the Harbour Office Counter", page.Title);
    }

    [Fact]
    public void The_lines_are_no_heading_and_deck_when_the_page_under_them_is_not_indented()
    {
        var lines = new PageLines([
            new TextLine(0, "What Not to Say at the Harbour Office Counter"),
            new TextLine(0, "Choose your words wisely."),
            new TextLine(0, "This is only my own view of the harbour office, and other volunteers will see it differently.")]);

        Assert.False(MarginDeckUnderHeading.Is(lines, 0, 1, lines.Count));
    }

    [Fact]
    public void A_heading_that_ends_a_sentence_or_is_no_longer_than_the_line_under_it_heads_no_deck()
    {
        var lines = new PageLines([
            new TextLine(0, "The Middle Manager's Oath."),
            new TextLine(0, "Choose your words wisely."),
            new TextLine(3, "This is only my own view of the harbour office, and other volunteers will see it differently."),
            new TextLine(0, "Harbour Office Notes"),
            new TextLine(0, "Choose your words wisely, volunteers."),
            new TextLine(3, "This is only my own view of the harbour office, and other volunteers will see it differently.")]);

        Assert.False(MarginDeckUnderHeading.Is(lines, 0, 1, lines.Count));
        Assert.False(MarginDeckUnderHeading.Is(lines, 3, 4, lines.Count));
    }
}
