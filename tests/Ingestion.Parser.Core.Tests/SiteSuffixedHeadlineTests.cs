using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The metadata's title gives way to the page's headline when it only adds the site after a separator.</summary>
public class SiteSuffixedHeadlineTests
{
    [Fact]
    public void A_site_parted_from_the_headline_by_a_single_guillemet_leaves_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }

    [Fact]
    public void A_double_guillemet_parts_the_site_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story.Replace(" › Kreisbote", " » Kreisbote", StringComparison.Ordinal)), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }

    [Fact]
    public void A_full_width_bar_parts_the_site_too()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(InitialsOnlyNameTests.Story.Replace(" › Kreisbote", " ｜ Kreisbote", StringComparison.Ordinal)), "story.html");

        Assert.Equal("Neue Buslinie verbindet Altstadt und Hafen", page.Title);
    }
}
