using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PosterPanelNameTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void The_posters_name_over_the_box_under_its_post_is_the_box()
    {
        var lines = Lines("by hollowtop » Thu Oct 15, 2020 8:12 am", "About time.", "", "hollowtop", "Posts: 1288", "Joined: Sat Jan 12, 2008 3:02 pm");
        Assert.True(PosterPanelName.Is(lines, 3));
        Assert.Equal(CommentLine.Kind.Action, CommentLine.Classify(lines, 3));
    }

    [Fact]
    public void A_name_over_a_box_with_no_header_of_that_name_above_is_no_box()
    {
        var lines = Lines("by marge_w » Thu Oct 15, 2020 10:47 am", "About time.", "", "hollowtop", "Posts: 1288");
        Assert.False(PosterPanelName.Is(lines, 3));
        Assert.False(PosterPanelName.Is(Lines("hollowtop", "About time."), 0));
    }
}
