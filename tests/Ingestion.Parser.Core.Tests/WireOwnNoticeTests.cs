using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WireOwnNoticeTests
{
    [Fact]
    public void The_wire_credited_on_its_own_line_under_the_headline_is_the_notices_holder()
    {
        var lines = new PageLines(TextLine.Split("Iran offers talks\n\nBy NADIA HARMON and EDITH LORENZ\nAssociated Press\n\nSep. 24, 2013 10:42 PM EDT"));

        Assert.True(WireOwnNotice.IsCreditedUnderTitle("The Associated Press", lines, 0));
    }

    [Fact]
    public void A_wire_named_only_in_the_text_or_the_dateline_credits_nothing()
    {
        var lines = new PageLines(TextLine.Split("Iran offers talks\n\nBy Dana Whitcomb\n\nUNITED NATIONS (AP) — Iran's new president told the Associated Press."));

        Assert.False(WireOwnNotice.IsCreditedUnderTitle("The Associated Press", lines, 0));
    }

    [Theory]
    [InlineData("Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", true)]
    [InlineData("© 2013 Wichita Falls Sentinel-Record, a Prairie Media company.", false)]
    public void A_notice_on_reuse_is_a_wires(string notice, bool isWire) =>
        Assert.Equal(isWire, WireOwnNotice.IsWireNotice(notice));
}
