using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedHeaderMenuTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Page =
        "News\nFeatures\nSpace\nPhysics\nHealth\nEnvironment\n\nTiny animals survive drying out\n\n"
        + "The study looked at the animals' health over ten years.\n\nHealth\n\nThe second part of the text.\n\n"
        + "News\nFeatures\nSpace\nPhysics";

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(18)]
    public void The_footer_copy_of_the_header_menu_is_a_repeat(int index) =>
        Assert.True(new RepeatedHeaderMenu(Lines(Page), 7).IsRepeat(index));

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(13)]
    public void Text_and_a_lone_crosshead_that_the_menu_names_are_no_repeat(int index) =>
        Assert.False(new RepeatedHeaderMenu(Lines(Page), 7).IsRepeat(index));

    [Fact]
    public void A_header_without_a_menu_makes_no_repeat() =>
        Assert.False(new RepeatedHeaderMenu(Lines("News\nSport\n\nHeadline\n\nText.\n\nNews\nSport\nNews"), 3).IsRepeat(7));
}
