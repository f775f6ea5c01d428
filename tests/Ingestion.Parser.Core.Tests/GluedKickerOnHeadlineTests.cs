using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedKickerOnHeadlineTests
{
    private static string Strip(string page, string title)
    {
        var lines = new PageLines(TextLine.Split(page));
        return GluedKickerOnHeadline.Strip(title, lines, lines.FindIndex(line => line.Text == title));
    }

    private const string Glued = "Syrien-ResolutionKerry und Lawrow ringen um jedes Wort";

    [Theory]
    // The breadcrumb ends with the kicker's first half.
    [InlineData("   Startseite > Politik > Ausland > Syrien\n\n" + Glued + "\n")]
    // The breadcrumb ends with the whole kicker.
    [InlineData("   Startseite > Politik > Syrien-Resolution\n\n" + Glued + "\n")]
    public void A_kicker_glued_to_the_headline_goes_when_the_breadcrumb_names_it(string page) =>
        Assert.Equal("Kerry und Lawrow ringen um jedes Wort", Strip(page, Glued));

    [Theory]
    // A brand in camel case: the breadcrumb names no part of it.
    [InlineData("   Home > World > Europe\n\nWikiLeaks founder loses extradition appeal in London\n", "WikiLeaks founder loses extradition appeal in London")]
    // A glued word with nothing above naming its front.
    [InlineData("   Startseite > Politik > Ausland\n\n" + Glued + "\n", Glued)]
    // The glued word is the headline's last but two: too few words after the glue.
    [InlineData("   Home > Tech > Thyssen\n\nThyssenKrupp cuts\n", "ThyssenKrupp cuts")]
    public void Other_headlines_stay_whole(string page, string title) => Assert.Equal(title, Strip(page, title));
}
