using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FollowButtonBylineTests
{
    [Fact]
    public void A_name_over_a_follow_button_and_a_date_is_a_byline()
    {
        var lines = new PageLines(TextLine.Split("Hannah Voss\nFollow\nMar 3, 2018 · 4 min read\n\nLast Tuesday the board voted."));
        Assert.True(FollowButtonByline.Is(lines, 0, lines.Count));
    }

    [Theory]
    [InlineData("Hannah Voss\nFollow\nEssays from people who work in libraries.")]
    [InlineData("Hannah Voss\nMar 3, 2018 · 4 min read")]
    [InlineData("The board voted 5–0 on Tuesday night to stop charging fines.\nFollow\nMar 3, 2018")]
    public void Without_the_button_or_the_date_or_a_name_it_is_none(string page)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.False(FollowButtonByline.Is(lines, 0, lines.Count));
    }
}
