using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Categories:" / "City Council," / "Transportation" / "Tags:" / "bike lanes," / "parking": a blog's footer lists printed one an item.</summary>
public class CategoriesListOverTagsTests
{
    private const string Page = """
        Council gives Third Avenue bike lanes a 5-2 green light

        By Mara Lindqvist on September 25, 2013 11:02 PM

        The city council voted 5-2 on Tuesday to put protected bike lanes on Third Avenue between Main and the river.

        The council also approved a four-way stop at Third and Hickory, which will go in this fall regardless of the bike lanes.

        {0}

        City Council,

        Transportation

        {1}
        """;

    private static IReadOnlyList<string> TagsOf(string categoriesLabel, string next) =>
        PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("{0}", categoriesLabel).Replace("{1}", next)), "page.txt").Tags;

    [Fact]
    public void A_tags_label_under_the_categories_list_keeps_only_its_own_items()
    {
        Assert.Equal(["bike lanes", "parking"], TagsOf("Categories:", "Tags:\n\nbike lanes,\n\nparking"));
    }

    [Fact]
    public void A_categories_list_with_no_tags_label_under_it_stays_the_tags()
    {
        Assert.Equal(["City Council", "Transportation"], TagsOf("Categories:", "Comments (2)"));
    }

    [Fact]
    public void The_items_under_a_tags_label_stay_when_another_tags_label_follows()
    {
        Assert.Equal(["City Council", "Transportation", "bike lanes", "parking"], TagsOf("Topics:", "Tags:\n\nbike lanes,\n\nparking"));
    }

    [Theory]
    [InlineData("Categories:", true)]
    [InlineData("  Category:", true)]
    [InlineData("Categories: Schools", false)]
    [InlineData("Categories of spending rose", false)]
    public void Only_the_label_alone_opens_a_categories_list(string line, bool opens) =>
        Assert.Equal(opens, CategoriesBesideTags.IsCategoriesLabelAlone(line));
}
