using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>SectionListKeywords.NamesMenuSections widened to long lists the page prints nowhere.</summary>
public class MenuSectionsOfLongListTests
{
    [Fact]
    public void A_long_keywords_list_naming_two_menu_links_and_nothing_of_the_story_gives_no_tags()
    {
        var page = HarborPortalPage.Parse(keywordsMeta: """<meta name="keywords" value="フェリー・港湾,ビジネス,ライフ,ショッピング,TIDE CHECK">""");

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_list_of_four_stays()
    {
        var page = HarborPortalPage.Parse(keywordsMeta: """<meta name="keywords" value="フェリー・港湾,ビジネス,ライフ,TIDE CHECK">""");

        Assert.Equal(["フェリー・港湾", "ビジネス", "ライフ", "TIDE CHECK"], page.Tags);
    }

    [Fact]
    public void A_list_sharing_a_topic_with_the_headline_stays()
    {
        var page = HarborPortalPage.Parse(keywordsMeta: """<meta name="keywords" value="フェリー・港湾,高速フェリー,ビジネス,ライフ,TIDE CHECK">""");

        Assert.Contains("高速フェリー", page.Tags);
    }
}
