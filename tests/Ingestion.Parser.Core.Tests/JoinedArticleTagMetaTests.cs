using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JoinedArticleTagMetaTests
{
    [Fact]
    public void A_lone_meta_of_comma_parted_tags_is_the_list() =>
        Assert.Equal(["Inundaciones", "Guayas"], JoinedArticleTagMeta.Tags(["Inundaciones, Guayas"]));

    [Fact]
    public void Metas_one_a_tag_stay_as_they_are() =>
        Assert.Equal(["Flooding", "Harbor District"], JoinedArticleTagMeta.Tags(["Flooding", "Harbor District"]));

    [Theory]
    [InlineData("Rising waters, falling hopes: how the harbor district lost its pier")]
    [InlineData("Washington, we have a problem with how this city plans its ferry routes.")]
    [InlineData("Ferries")]
    public void A_lone_meta_that_is_one_tag_or_a_phrase_with_a_comma_stays_whole(string meta) =>
        Assert.Equal([meta], JoinedArticleTagMeta.Tags([meta]));
}
