using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionKindKeywordTests
{
    [Fact]
    public void A_video_sections_kinds_of_clip_are_its_sections_no_tags() =>
        Assert.True(SectionListKeywords.IsSiteList(["harbour videos", "ferry videos", "local ferry videos"]));

    [Fact]
    public void A_clips_own_keywords_with_one_videos_entry_keep_their_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["island ferry", "storm", "harbour videos", "Marlow County"]));

    [Fact]
    public void A_blog_sections_kinds_of_post_are_its_sections_no_tags() =>
        Assert.True(SectionListKeywords.IsSiteList(["harbour news", "ferry news", "harbour blog"]));

    [Fact]
    public void A_posts_own_keywords_with_one_blog_entry_keep_their_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["night ferry", "harbour blog", "Marlow quay", "timetable"]));

    [Theory]
    [InlineData("Physics News", true)]
    [InlineData("local videos", true)]
    [InlineData("online news videos", true)]
    [InlineData("lifestyle blog", true)]
    [InlineData("Travel Blog", true)]
    [InlineData("news", false)]
    [InlineData("videos", false)]
    [InlineData("blog", false)]
    [InlineData("breaking physics news", false)]
    [InlineData("the best harbour ferry videos", false)]
    [InlineData("my harbour blog", false)]
    [InlineData("video games", false)]
    [InlineData("blogging tips", false)]
    [InlineData("a sudden leap forward in harbour physics news", false)]
    public void Only_a_word_before_news_or_blog_or_two_before_videos_name_a_section(string keyword, bool section) =>
        Assert.Equal(section, SectionKindKeyword.IsSection(keyword));
}
