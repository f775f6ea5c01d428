using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarBoxTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Story =
        "The last shutdown lasted 21 days.\n\nSidebar: What stays open\n\n"
        + "  • Social Security checks still go out\n  • Air traffic control and airport screening\n\n"
        + "This time, agencies have spent the week on contingency plans.";

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_sidebars_label_and_its_items_are_furniture(int index) => Assert.True(SidebarBox.Is(Lines(Story), index));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void The_text_around_the_sidebar_stays(int index) => Assert.False(SidebarBox.Is(Lines(Story), index));

    [Fact]
    public void A_bulleted_list_under_no_sidebar_label_stays() =>
        Assert.False(SidebarBox.Is(Lines("What stays open:\n\n  • Social Security checks\n  • Air traffic control"), 3));

    [Fact]
    public void A_sentence_opening_with_the_word_is_no_label() =>
        Assert.False(SidebarBox.Is(Lines("Sidebars and boxes ran beside the text.\n  • one item"), 0));
}
