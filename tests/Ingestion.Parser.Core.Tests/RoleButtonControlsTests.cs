using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RoleButtonControlsTests
{
    [Fact]
    public void Controls_marked_as_buttons_leave_the_thread()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><span class=\"name\">Ruth</span><span role=\"button\" class=\"comment__vote\">Vote up</span><a role=\"button\" href=\"#\">Reply</a><p>Good point.</p></div></body></html>");
        var container = document.GetElementById("c")!;
        RoleButtonControls.Remove(container);
        Assert.Equal("RuthGood point.", container.TextContent);
    }

    [Fact]
    public void A_box_marked_as_a_button_keeps_its_text()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div role=\"button\"><p>Good point.</p></div><span role=\"button\">This whole long sentence is what a reader wrote.</span></div></body></html>");
        var container = document.GetElementById("c")!;
        RoleButtonControls.Remove(container);
        Assert.Equal("Good point.This whole long sentence is what a reader wrote.", container.TextContent);
    }
}
