using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NavigationListTests
{
    private static bool IsMenu(string list)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + list + "</body></html>");
        return NavigationList.Is(document.QuerySelector("body > ul")!);
    }

    [Fact]
    public void A_named_menu_whose_items_hold_their_sub_menus_is_a_menu()
    {
        Assert.True(IsMenu("""
            <ul id="menu-main" class="menu"><li><a href="/garden/">GARDEN</a><ul class="sub-menu"><li><a href="/garden/seeds/">SEED SWAPS</a></li>
            <li><a href="/garden/tools/">OLD TOOLS</a></li></ul></li><li><a href="/">Home</a></li><li><a href="/kitchen/">KITCHEN</a><ul class="sub-menu">
            <li><a href="/kitchen/jams/">JAMS</a></li></ul></li><li><a href="/about/">About</a></li></ul>
            """));
    }

    [Fact]
    public void A_named_menu_of_one_link_per_item_is_a_menu()
    {
        Assert.True(IsMenu("""<ul class="nav"><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Culture</a></li></ul>"""));
    }

    [Fact]
    public void An_item_with_text_under_its_link_is_no_menu_item()
    {
        Assert.False(IsMenu("""
            <ul class="menu"><li><a href="/a">Politics</a><ul><li>The council met on Monday to vote on the budget.</li></ul></li>
            <li><a href="/b">Sport</a></li><li><a href="/c">Culture</a></li></ul>
            """));
    }

    [Fact]
    public void A_list_named_no_menu_is_no_menu()
    {
        Assert.False(IsMenu("""
            <ul class="spots"><li><a href="/garden/">GARDEN</a><ul><li><a href="/garden/seeds/">SEED SWAPS</a></li></ul></li>
            <li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul>
            """));
    }

    [Fact]
    public void An_empty_spacer_item_opening_each_sub_menu_keeps_the_menu_a_menu()
    {
        Assert.True(IsMenu("""
            <ul class="sf-menu"><li><a href="/thema/">Thema</a><ul class="sub-menu"><li class="aufklapp_abstand"></li><li><a href="/thema/wasser/">Wasser</a>
            <ul class="sub-menu"><li><a href="/thema/wasser/regen/">Woher kommt der Regen?</a></li></ul></li></ul></li>
            <li><a href="/wissen/">Wissen</a><ul class="sub-menu"><li class="aufklapp_abstand"></li><li><a href="/wissen/lexikon/">Lexikon</a></li></ul></li>
            <li><a href="/spiel/">Spiel mit!</a><ul class="sub-menu"><li class="aufklapp_abstand"></li><li><a href="/spiel/quiz/">Wasserquiz</a></li></ul></li></ul>
            """));
    }

    [Fact]
    public void A_sub_menu_of_spacers_alone_is_no_menu()
    {
        Assert.False(IsMenu("""
            <ul class="menu"><li><a href="/a">Politics</a><ul class="sub-menu"><li></li><li> </li></ul></li>
            <li><a href="/b">Sport</a></li><li><a href="/c">Culture</a></li></ul>
            """));
    }
}
