using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FullStoryLinkTests
{
    [Theory]
    [InlineData("View the full story on haldenpost.com", true)]
    [InlineData("Read the full article at the Post", true)]
    [InlineData("View full story »", true)]
    [InlineData("Read the full story here.", true)]
    [InlineData("Read the full story of how the bridge was saved in Sunday's paper.", false)]
    [InlineData("Readers wanted the full story, and the board gave it to them.", false)]
    [InlineData("See the full story on the county's website, where the minutes, the budget and the maps are posted.", false)]
    public void A_link_back_to_the_full_page_is_no_text(string line, bool link) => Assert.Equal(link, FullStoryLink.Is(line));

    [Fact]
    public void The_link_under_an_amp_copy_is_boilerplate() => Assert.True(BoilerplateFilter.IsBoilerplate("View the full story on haldenpost.com"));
}
