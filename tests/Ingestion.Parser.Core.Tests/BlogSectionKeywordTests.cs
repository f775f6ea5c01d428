using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogSectionKeywordTests
{
    [Fact]
    public void A_blog_sections_kinds_of_post_are_its_sections_no_tags() =>
        Assert.True(SectionListKeywords.IsSiteList(["harbour news", "ferry news", "harbour blog"]));

    [Fact]
    public void A_posts_own_keywords_with_one_blog_entry_keep_their_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["night ferry", "harbour blog", "Marlow quay", "timetable"]));

    [Theory]
    [InlineData("lifestyle blog", true)]
    [InlineData("Travel Blog", true)]
    [InlineData("blog", false)]
    [InlineData("my harbour blog", false)]
    [InlineData("blogging tips", false)]
    public void Only_one_word_before_blog_names_a_section(string keyword, bool section) =>
        Assert.Equal(section, BlogSectionKeyword.IsSection(keyword));
}
