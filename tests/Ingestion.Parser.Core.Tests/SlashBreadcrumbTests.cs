using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlashBreadcrumbTests
{
    [Theory]
    [InlineData("You are here: Home / News / Willow Creek schools put $18.6 million bond on November ballot", true)]
    [InlineData("Home / News / Local", true)]
    [InlineData("Sie sind hier: Startseite / Lokales", true)]
    [InlineData("You are here: Home → News → 2013 → School board puts $18 million referendum on April ballot", true)]
    [InlineData("Home › News › Local News", true)]
    [InlineData("Home » Sports » High schools", true)]
    [InlineData("Home → Garden", false)]
    [InlineData("Homes > $500,000 > sold in 2013 by the county's top agents", false)]
    [InlineData("Home / Garden", false)]
    [InlineData("Home prices rose 4 percent / year in the county, the report said.", false)]
    [InlineData("You are here because your parents chose this town, the mayor told the graduates.", false)]
    public void A_slash_or_arrow_parted_trail_from_the_home_page_is_a_breadcrumb(string line, bool breadcrumb) => Assert.Equal(breadcrumb, SlashBreadcrumb.Is(line));

    [Fact]
    public void A_breadcrumb_ending_in_the_headline_is_furniture() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("You are here: Home / News / Willow Creek schools put $18.6 million bond on November ballot"));

    [Theory]
    [InlineData("You are here")]
    [InlineData("Sie sind hier:")]
    [InlineData("Vous êtes ici :")]
    public void The_trail_label_alone_over_a_numbered_trail_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));
}
