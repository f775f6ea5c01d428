using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryLabelInTitleTests
{
    [Theory]
    [InlineData("Beacon Story", true)]
    [InlineData("Courier Article", true)]
    [InlineData("The Harbor Point Beacon", false)]
    [InlineData("Local News", false)]
    public void A_short_name_and_the_pages_kind_is_a_label(string titleSite, bool label) =>
        Assert.Equal(label, StoryLabelInTitle.IsLabel(titleSite));

    [Theory]
    [InlineData("Beacon Story", "The Harbor Point Beacon", "The Harbor Point Beacon")]
    [InlineData("Beacon Story", "The Harbor Courier", null)]
    [InlineData("Beacon Story", "Beaconsfield Times", null)]
    [InlineData("Beacon Story", null, null)]
    [InlineData("The Harbor Point Beacon", "The Harbor Point Beacon Online", null)]
    public void The_shown_paper_that_holds_the_labels_name_is_the_site(string label, string? shown, string? site) =>
        Assert.Equal(site, StoryLabelInTitle.ShownSite(label, shown));
}
