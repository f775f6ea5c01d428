using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VideoSectionKeywordsTests
{
    [Fact]
    public void A_video_sections_kinds_of_clip_are_its_sections_no_tags() =>
        Assert.True(SectionListKeywords.IsSiteList(["harbour videos", "ferry videos", "local ferry videos"]));

    [Fact]
    public void A_clips_own_keywords_with_one_videos_entry_keep_their_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["island ferry", "storm", "harbour videos", "Marlow County"]));

    [Theory]
    [InlineData("local videos", true)]
    [InlineData("online news videos", true)]
    [InlineData("videos", false)]
    [InlineData("the best harbour ferry videos", false)]
    [InlineData("video games", false)]
    public void Only_a_word_or_two_before_videos_name_a_section(string keyword, bool section) =>
        Assert.Equal(section, VideoSectionKeywords.IsSection(keyword));
}
