using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DisqusCommunityTabTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_tab_between_the_count_and_the_login_names_the_site()
    {
        var lines = Lines("Comments\n\n12 comments\n\nCrestline Business Network\n\nLogin\n\nSort by Best\n\nRay Ostrowski • 2 hours ago\nFive down days.");
        Assert.Equal("Crestline Business Network", DisqusCommunityTab.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void The_box_named_only_disqus_names_no_site()
    {
        var lines = Lines("14 Comments\n\nDisqus\n\nLogin\n\nSort by Best");
        Assert.Null(DisqusCommunityTab.Name(lines, 0, lines.Count));
    }

    [Fact]
    public void A_thread_without_a_login_button_names_no_site()
    {
        var lines = Lines("12 comments\n\nRay Ostrowski\n\nFive down days and the Dow is still up.");
        Assert.Null(DisqusCommunityTab.Name(lines, 0, lines.Count));
    }
}
