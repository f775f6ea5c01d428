using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FlagContentPromptTests
{
    [Theory]
    [InlineData("Inappropriate video? Alert us.")]
    [InlineData("Inappropriate photo? Alert us.")]
    [InlineData("Offensive post? Report it!")]
    [InlineData("Objectionable user comment? Let us know")]
    public void A_question_naming_an_upload_and_a_request_to_flag_it_is_a_moderation_prompt(string line) =>
        Assert.True(FlagContentPrompt.Is(line));

    [Theory]
    [InlineData("Inappropriate? The council said so on Tuesday.")]
    [InlineData("Inappropriate behaviour at the pier? Alert us and the harbour master will look into it.")]
    [InlineData("Inappropriate use of the ferry fund by the old board? Alert us.")]
    [InlineData("Missed the ferry? Alert us.")]
    [InlineData("The harbour master was told the video was inappropriate.")]
    public void A_question_of_the_text_or_a_request_about_anything_else_stays(string line) =>
        Assert.False(FlagContentPrompt.Is(line));

    [Fact]
    public void The_moderation_prompt_under_a_community_video_is_boilerplate() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("Inappropriate video? Alert us."));
}
