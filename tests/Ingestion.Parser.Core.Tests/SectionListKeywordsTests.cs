using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionListKeywordsTests
{
    [Fact]
    public void A_list_of_the_sites_sections_is_no_story_keywords() =>
        Assert.True(SectionListKeywords.IsSiteList(["Fairhaven", "Marlow County", "news", "sports", "obituaries", "classifieds", "jobs", "homes", "cars"]));

    [Fact]
    public void A_story_list_naming_one_section_word_keeps_its_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["high school", "sports", "football", "Harbor High", "Westbrook"]));

    [Fact]
    public void Two_section_words_are_not_enough() =>
        Assert.False(SectionListKeywords.IsSiteList(["weather", "traffic", "Route 9", "snow"]));

    [Fact]
    public void A_science_sites_desks_named_news_are_its_sections() =>
        Assert.True(SectionListKeywords.IsSiteList(["Science", "Chemistry News", "Science news", "Space News", "Chemistry", "Materials"]));

    [Fact]
    public void Two_broadcasters_named_news_in_a_storys_keywords_are_no_section_list() =>
        Assert.False(SectionListKeywords.IsSiteList(["ratings", "Channel News", "Harbor News", "cable television"]));
}
