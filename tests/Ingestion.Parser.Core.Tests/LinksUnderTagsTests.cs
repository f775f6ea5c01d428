using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinksUnderTagsTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Headlines_listed_under_the_tag_line_are_links(int index) =>
        Assert.True(LinksUnderTags.Is(Lines("Tags: Red Carpet, Kira Vance\n\n* Kira Vance talks new album, tour dates\n* Worst dressed at the Silverlines? You decide"), index));

    [Fact]
    public void A_list_under_a_paragraph_is_no_link_list() =>
        Assert.False(LinksUnderTags.Is(Lines("The plan has three parts.\n\n* A new lane on the spur\n* Two rebuilt culverts"), 2));
}
