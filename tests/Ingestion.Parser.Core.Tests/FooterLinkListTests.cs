using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FooterLinkListTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_links_under_an_also_on_heading_end_at_the_blank_line() =>
        Assert.Equal(2, FooterLinkList.LastLink(
            Lines("Also on The Beacon Post\nRouhani Says Iran Wants Nuclear Talks 'Within A Short Period Of Time'\nLOOK: World Leaders Arrive At The UN\n\nFollow: Syria, Video, Iran"), 0));

    [Fact]
    public void A_tag_line_right_under_the_heading_is_no_link() =>
        Assert.Equal(0, FooterLinkList.LastLink(Lines("Also on The Beacon Post\nFollow: Syria, Video, Iran"), 0));

    [Fact]
    public void A_copyright_line_heads_no_links() =>
        Assert.Equal(0, FooterLinkList.LastLink(Lines("Copyright © 2013 The Beacon Post\nAbout Us\nPrivacy"), 0));
}
