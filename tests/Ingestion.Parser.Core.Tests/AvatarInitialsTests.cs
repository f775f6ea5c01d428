using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AvatarInitialsTests
{
    [Fact]
    public void An_avatar_showing_the_names_first_letter_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><div class=\"vf-avatar\"><span class=\"vf-avatar__initial\">C</span></div>"
            + "<a class=\"vf-author-name\">Cal Brenner</a></div></body></html>");
        var container = document.GetElementById("c")!;

        AvatarInitials.Remove(container);

        Assert.Equal("Cal Brenner", container.TextContent);
    }

    [Fact]
    public void An_avatar_box_with_a_name_or_a_number_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><div class=\"avatar-name\">Cal</div><span class=\"avatar-count\">12</span></div></body></html>");
        var container = document.GetElementById("c")!;

        AvatarInitials.Remove(container);

        Assert.Equal("Cal12", container.TextContent);
    }
}
