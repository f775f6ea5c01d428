using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>SectionMenuAuthor widened to a menu bar split into short named lists.</summary>
public class SplitMenuBarPartTests
{
    [Fact]
    public void A_one_link_list_of_a_split_menu_bar_names_no_writer()
    {
        var page = HarborPortalPage.Parse();

        Assert.DoesNotContain("TIDE CHECK", page.Authors);
    }

    [Fact]
    public void A_byline_under_the_headline_still_names_the_writer()
    {
        var page = HarborPortalPage.Parse(storyHeader: """<p class="byline">Mika Hayashi</p>""");

        Assert.Equal(["Mika Hayashi"], page.Authors);
    }
}
