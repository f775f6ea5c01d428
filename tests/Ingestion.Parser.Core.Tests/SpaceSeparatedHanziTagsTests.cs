using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpaceSeparatedHanziTagsTests
{
    [Fact]
    public void Chinese_keywords_apart_by_spaces_are_one_tag_each() =>
        Assert.Equal(["渡轮", "河边小镇", "交通", "2018年"], TagLineParser.Split("渡轮 河边小镇 交通 2018年"));

    [Theory]
    [InlineData("新渡轮明年开通 河边小镇迎来新交通")]
    [InlineData("Ferry 渡轮 river crossing")]
    public void Two_parts_or_words_without_chinese_stay_as_they_are(string keywords) =>
        Assert.Null(SpaceSeparatedHanziTags.Split(keywords));

    [Fact]
    public void Comma_separated_chinese_keywords_split_on_the_commas() =>
        Assert.Equal(["渡轮", "河边小镇 交通"], TagLineParser.Split("渡轮,河边小镇 交通"));
}
