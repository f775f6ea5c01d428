using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoriesBesideTagsTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void Categories_right_over_or_under_a_tags_line_are_no_tags()
    {
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam, Overland\nTags: border crossings, buses, visas"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Tags: border crossings, buses\nCategories: Laos, Vietnam"), 1));
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam\nTopics: border crossings | buses"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam\nFiled under: border crossings • buses"), 0));
    }

    [Fact]
    public void Categories_one_blank_line_over_or_under_a_tags_line_are_no_tags()
    {
        Assert.True(CategoriesBesideTags.Is(Lines("Categories: Environment, Legislature\n\nTags: plastic bags, Ellis Navarro"), 0));
        Assert.True(CategoriesBesideTags.Is(Lines("Tags: plastic bags, Ellis Navarro\n\nCategories: Environment, Legislature"), 2));
        Assert.False(CategoriesBesideTags.Is(Lines("Categories: Environment, Legislature\n\nComments (4)\n\nTags: plastic bags"), 0));
    }

    [Fact]
    public void A_categories_line_alone_stays_the_tag_list()
    {
        Assert.False(CategoriesBesideTags.Is(Lines("Categories: Laos, Vietnam, Overland\n\n18 Responses"), 0));
        Assert.False(CategoriesBesideTags.Is(Lines("Tags: border crossings, buses\nThe bus left at dawn."), 1));
    }
}
