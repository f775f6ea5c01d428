using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Powered by RateWise.com" between two paragraphs: an embedded calculator's credit, not the page's footer.</summary>
public class WidgetCreditInTextTests
{
    private const string Story =
        "Rents Outpace Wages in Every County, Report Finds\n\nby Dana Whitcomb February 1, 2016: 12:41 PM ET\n\n"
        + "Rents rose faster than wages in every county of the state last year, a report released on Monday found.\n\n"
        + "The report compared median rents with median hourly wages across the state's 58 counties.\n\n"
        + "Powered by RateWise.com\nDisclosures RateWise.com\n\n"
        + "Among its key findings: a full-time worker on the median wage cannot afford a one-bedroom flat in 41 counties.\n\n"
        + "The authors said the gap had widened for the fifth year in a row and urged the legislature to act this spring.\n\n"
        + "© 2016 Valley Ledger. All Rights Reserved.\n";

    [Fact]
    public void The_story_goes_on_past_the_credit()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Story), "page.txt");

        Assert.Equal("Rents Outpace Wages in Every County, Report Finds", page.Title);
        Assert.Contains("The authors said the gap had widened for the fifth year in a row and urged the legislature to act this spring.", page.BodyParagraphs);
        Assert.DoesNotContain("Powered by RateWise.com", page.BodyParagraphs);
    }

    [Fact]
    public void A_footer_credit_with_no_prose_under_it_is_the_footer()
    {
        var lines = new PageLines(TextLine.Split("The council meets again in March.\n\nPowered by WordPress\n\nAbout | Contact | Privacy\n\n© 2016 Valley Ledger"));

        Assert.False(WidgetCreditInText.Is(lines, 2));
    }

    [Fact]
    public void A_credit_with_prose_under_it_is_the_widgets()
    {
        var lines = new PageLines(TextLine.Split(
            "Powered by RateWise.com\n\nAmong its key findings: a full-time worker on the median wage cannot afford a flat in 41 counties.\n\n"
            + "The authors said the gap had widened for the fifth year in a row and urged the legislature to act this spring."));

        Assert.True(WidgetCreditInText.Is(lines, 0));
    }

    [Fact]
    public void A_longer_line_opening_so_is_no_credit()
    {
        var lines = new PageLines(TextLine.Split(
            "Powered by a new generation of batteries, the county's buses will run all day without a charge, officials said.\n\n"
            + "Among its key findings: a full-time worker on the median wage cannot afford a flat in 41 counties.\n\n"
            + "The authors said the gap had widened for the fifth year in a row and urged the legislature to act this spring."));

        Assert.False(WidgetCreditInText.Is(lines, 0));
    }
}
