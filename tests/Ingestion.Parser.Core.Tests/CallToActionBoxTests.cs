using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Support local journalism" / pitch / "Subscribe": a subscription, donation or newsletter box between paragraphs.</summary>
public class CallToActionBoxTests
{
    private const string First = "A fire inside the co-op's main grain elevator smoldered for a third day Tuesday as crews dug burning corn out of a bin.";
    private const string Second = "Firefighters from four towns have worked in shifts since Sunday, and an excavator brought in from Russell began emptying the bin.";

    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
        "Grain elevator fire smolders for third day\n\nBy Kelsey Marr\n\nSeptember 24, 2013\n\n" + First + "\n\n" + box + Second + "\n"), "page.txt");

    [Theory]
    [InlineData("Support local journalism\n\nYour subscription makes stories like this possible. Subscribe today for $1 for the first month.\n\nSubscribe\n\n")]
    [InlineData("Get the Dispatch by email\n\nOne message a week, every Friday morning.\n\nSign Up\n\n")]
    [InlineData("Support our journalism\n\nWe are a nonprofit newsroom. Will you chip in?\n\nOne-timeMonthlyAnnually\n$7$15$30Other\n\nYour contribution is appreciated.\n\nDonate now\n\n")]
    public void The_box_leaves_the_body(string box) => Assert.Equal([First, Second], Parse(box).BodyParagraphs);

    [Fact]
    public void A_crosshead_over_paragraphs_stays()
    {
        var crosshead = "What comes next\n\nThe co-op's board meets Thursday to decide whether to rebuild the bin.\n\n";
        Assert.Equal([First, "What comes next", "The co-op's board meets Thursday to decide whether to rebuild the bin.", Second], Parse(crosshead).BodyParagraphs);
    }

    [Fact]
    public void A_button_right_under_the_heading_makes_no_box()
    {
        var lines = new PageLines(TextLine.Split("Our newsletter\n\nSubscribe\n\n" + Second));
        Assert.Equal(-1, CallToActionBox.End(lines, 0, lines.Count));
    }

    [Fact]
    public void An_ad_label_over_a_paragraph_heads_no_box()
    {
        var lines = new PageLines(TextLine.Split("Advertisement\n\n" + First + "\n\nSupport local journalism\n\nSubscribers get unlimited access.\n\nSee offers\n"));
        Assert.Equal(-1, CallToActionBox.End(lines, 0, lines.Count));
        Assert.Equal(8, CallToActionBox.End(lines, 4, lines.Count));
    }
}
