using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordPressMenuItemLinkTests
{
    private const string HeaderTopicsMenu =
        "<header id=\"masthead\" class=\"site-header\"><ul class=\"navigation--top\"><li>Themen<section class=\"flyout__content\">"
        + "<nav class=\"topics__tags--list\"><ul id=\"menu-themen-tags\" class=\"topics__tags\">"
        + "<li class=\"menu-item menu-item-type-taxonomy menu-item-object-post_tag menu-item-11\"><a href=\"/tag/harbour-board/\">Harbour Board</a></li>"
        + "<li class=\"menu-item menu-item-type-taxonomy menu-item-object-category menu-item-12\"><a href=\"/category/interview/\">Interview</a></li>"
        + "</ul></nav></section></li></ul></header>";

    private const string PostTags =
        "<footer class=\"entry-footer\"><h4>Themen</h4><ul class=\"entry-terms\"><li><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></li>"
        + "<li><a href=\"/tag/winter/\" rel=\"tag\">Winter</a></li></ul></footer>";

    [Fact]
    public void A_wordpress_menus_items_in_a_header_box_classed_as_tags_are_no_tags()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + HeaderTopicsMenu + "<article><p>Text.</p>" + PostTags + "</article></body></html>");

        Assert.Equal(["Ferries", "Winter"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void The_same_header_box_without_wordpress_menu_items_still_gives_its_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><header id=\"masthead\"><nav class=\"post-tags\"><ul><li><a href=\"/tag/ferries/\">Ferries</a></li>"
            + "<li><a href=\"/tag/winter/\">Winter</a></li></ul></nav></header><article><p>Text.</p></article></body></html>");

        Assert.Equal(["Ferries", "Winter"], TagLinks.Find(document.DocumentElement).Select(link => link.TextContent));
    }

    [Fact]
    public void A_link_in_a_plain_list_item_is_no_menu_item()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ul class=\"tags\"><li class=\"tag-item\"><a href=\"/tag/ferries/\">Ferries</a></li></ul></body></html>");

        Assert.False(WordPressMenuItemLink.Is(document.QuerySelector("a")!));
    }
}
