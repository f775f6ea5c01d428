using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentDropdownMenusTests
{
    [Fact]
    public void A_disqus_post_menu_in_any_language_leaves_the_comment()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><span class=\"author\">Marisa</span><ul class=\"post-menu dropdown\" data-role=\"menu\"><li><a>−</a></li><li><a>+</a></li>"
            + "<li><ul class=\"dropdown-menu\"><li><a data-action=\"flag\">Marcar como inapropiado</a></li></ul></li></ul><div class=\"post-message\"><p>Que lo arreglen ya.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentDropdownMenus.Remove(container);
        Assert.Equal("MarisaQue lo arreglen ya.", container.TextContent);
    }

    [Fact]
    public void A_share_dropdown_and_an_aria_menu_go_too()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><p>Good point.</p><ul class=\"share-menu dropdown-menu\"><li>Twitter</li><li>Facebook</li></ul><div role=\"menu\"><a>Report</a></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentDropdownMenus.Remove(container);
        Assert.Equal("Good point.", container.TextContent);
    }

    [Fact]
    public void A_box_marked_as_a_menu_around_text_keeps_it()
    {
        const string LongText = "This whole sentence is what a reader wrote about the gym, and it runs well past any label a menu holds.";
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div role=\"menu\"><p>Short.</p></div><div data-role=\"menu\">" + LongText + "</div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentDropdownMenus.Remove(container);
        Assert.Equal("Short." + LongText, container.TextContent);
    }
}
