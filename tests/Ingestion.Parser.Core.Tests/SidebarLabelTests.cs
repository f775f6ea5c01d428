using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarLabelTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Weather Alerts\nWinter Storm Warning until 4 PM", 0, true)]
    [InlineData("Weather Alerts\n\nFlood Watch for Lane County", 2, true)]
    [InlineData("Weather Alerts\nWinter Storm Warning until 4 PM", 1, true)]
    [InlineData("Weather\nThe county issued a warning to boaters on Tuesday.", 1, false)]
    [InlineData("Storm coverage\nWinter Storm Warning until 4 PM", 1, false)]
    public void A_weather_alert_box_is_its_label_and_the_alert_under_it(string text, int index, bool furniture) =>
        Assert.Equal(furniture, WeatherAlertBox.Is(Lines(text), index));

    [Theory]
    [InlineData("Journal Reference:\n\nA. Ferris, T. Nguyen. Acoustic orientation of coral larvae. Marine Ecology Letters, 2013; 16 (7): 881", 2, true)]
    [InlineData("The team's results appear in the journal this week.\nA. Ferris said the work took 2 years.", 1, false)]
    public void The_citation_under_a_journal_reference_label_is_furniture(string text, int index, bool furniture) =>
        Assert.Equal(furniture, ReferenceLabel.IsUnder(Lines(text), index));

    [Theory]
    [InlineData("Related Story: Residents return to find streets destroyed")]
    [InlineData("Send us your storm photos: photos@kxrv.com")]
    [InlineData("Print / License / Comments (6)")]
    [InlineData("Notas relacionadas: Registran 45 grados en Navolato · CFE: sin apagones pese a la demanda")]
    public void Broadcaster_and_paper_link_lines_are_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void More_stories_from_a_region_heads_a_rail() => Assert.True(BoilerplateFilter.IsRelatedHeading("More stories from New South Wales"));
}
