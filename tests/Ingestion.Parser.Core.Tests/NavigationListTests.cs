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

    [Fact]
    public void A_named_menu_whose_items_stand_in_column_boxes_is_a_menu()
    {
        Assert.True(IsMenu("""
            <ul class="c-nav-list__sub-items"><div class="c-nav-list__col"><li><a href="/harbour">Harbour</a></li><li><a href="/schools">Schools</a></li></div>
            <div class="c-nav-list__col"><li><a href="/weather">Weather</a></li></div><div class="c-nav-list__col"><li><a href="/opinion">Opinion</a></li></div></ul>
            """));
    }

    [Fact]
    public void A_column_box_with_prose_in_it_is_no_menu_column()
    {
        Assert.False(IsMenu("""
            <ul class="c-nav-list__sub-items"><div class="c-nav-list__col"><li><a href="/harbour">Harbour</a></li><p>The ferry leaves at nine from the north pier every weekday.</p></div>
            <div class="c-nav-list__col"><li><a href="/weather">Weather</a></li></div><div class="c-nav-list__col"><li><a href="/opinion">Opinion</a></li></div></ul>
            """));
    }

    [Fact]
    public void A_topics_label_over_a_column_menu_gives_no_tags()
    {
        // A chorus-style page: the header's "Topics" drop-down sets its section links in three column boxes.
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(""""
            <!DOCTYPE html> <html> <head> <title>Harbour ferry timetables fit a pattern of delays the board has promised to end - Harbour Post</title> <meta http-equiv="Content-Type" value="text/html; charset=utf-8"> <meta http-equiv="X-UA-Compatible" value="IE=edge"> <meta name="viewport" value="width=device-width, initial-scale=1, shrink-to-fit=no"> </head>   <body class="  " data-entry-id="4411">  <div class="chorus-ad-placement chorus-ad-placement__reskin"> <div id="div-gpt-ad-reskin" class="dfp_ad" data-cb-dfp-id="unit=reskin" data-cb-ad-id="Reskin">  </div> </div> <div class="l-root l-reskin"> <div class="chorus-emc__content" data-emc-slug="UnisonCustomNavCell" data-emc-bucket="441::"> <header class="c-global-header inline" data-cid="site/global_header" role="banner" data-analytics-placement="navigation"> <div class="l-wrapper"> <div class="c-global-header__logo "> <a href="http://www.harbourpost.test/" tabindex="1" id="chorus-brand" data-analytics-link="home"> <span class="c-global-header__logo-large"> <svg id="Layer_1" viewbox="0 0 242 121"></svg> </span> <span class="c-global-header__logo-small"> <svg id="Layer_1" viewbox="0 0 242 121"></svg> </span> </a> </div> <ul class="c-global-header__social"> <li><a href="https://twitter.com/harbourpost" tabindex="2"> <svg class="p-svg-icon"><use xlink:href="#icon-twitter"/></svg> </a></li> <li><a href="https://www.facebook.com/HarbourPost" tabindex="3"> <svg class="p-svg-icon"><use xlink:href="#icon-facebook"/></svg> </a></li> </ul> <div class="c-global-header__actions"> <div class="c-global-header__login"> <a class="c-global-header__login-icon" href="http://www.harbourpost.test/login" data-ui="icon" tabindex="6"><svg class="c-global-header__login-svg"><use xlink:href="#icon-user"/></svg> <span class="u-hidden-text">Log In or Sign Up</span> </a> <ul class="c-global-header__login-menu" data-ui="menu"> <li class="c-global-header__login-menu-item"> <a href="http://www.harbourpost.test/login" data-ui-signin="login" tabindex="7" data-analytics-link="login">Log In</a> </li> <li class="c-global-header__login-menu-item"> <a href="http://www.harbourpost.test/signup" data-ui-signin="signup" tabindex="8" data-analytics-link="signup">Sign Up</a> </li> </ul> </div> <div class="c-global-header__search"> <button type="submit" class="c-global-header__search-trigger" tabindex="9"> <svg class="c-global-header__login-svg"><use xlink:href="#icon-search"/></svg> </button> </div> </div> <div class="p-input-header c-global-header__search-menu" data-analytics-class="search">  </div> <nav class="c-global-header__links"> <ul> <li class="c-global-header__link " data-nav-item-id="topics" data-nav-list-trigger="topics"> <a class="c-global-header__label" tabindex="10"> Topics <span class="c-global-header__link-arrow"><svg><use xlink:href="#icon-norgie-down"/></svg></span> </a> </li> <li class="c-global-header__link is-pinned" data-nav-item-id="trending"> <a href="http://www.harbourpost.test/top-100" tabindex="11"> Trending </a> </li> <li class="c-global-header__link-more hidden" data-nav-list-trigger="more"> <a class="c-global-header__label"> more <span class="c-global-header__link-arrow"><svg><use xlink:href="#icon-norgie-down"/></svg></span> <span class="c-global-header__link-hamburger"><svg><use xlink:href="#icon-hamburger"/></svg></span> </a> </li> </ul> </nav> </div> </header></div> <section class="c-nav-list" data-cid="site/nav_list-1481560202_169_4047"> <div class="c-nav-list__inner"> <ul class="c-nav-list__main" data-nav-list-id="more"> <li data-nav-item-id="topics" data-nav-list-id="topics"> <span class="c-nav-list__label"> Topics <svg><use xlink:href="#icon-norgie-down"/></svg> </span> <ul class="c-nav-list__sub-items"> <div class="c-nav-list__col"> <li> <a href="http://www.harbourpost.test/culture">Harbour</a> </li> <li> <a href="http://www.harbourpost.test/policy-and-politics">Schools &amp; Youth</a> </li> <li> <a href="http://www.harbourpost.test/world">Opinion</a> </li> </div> <div class="c-nav-list__col"> <li> <a href="http://www.harbourpost.test/science-and-health">Weather</a> </li> <li> <a href="http://www.harbourpost.test/identities">Letters</a> </li> </div> <div class="c-nav-list__col"> <li> <a href="http://www.harbourpost.test/first-person">Sport</a> </li> <li> <a href="http://www.harbourpost.test/pages/podcasts">Podcasts</a> </li> </div> </ul> </li> <li data-nav-item-id="trending"> <a class="c-nav-list__label" href="http://www.harbourpost.test/top-100"> Trending </a> </li> <button data-ui="close-nav" type="button" class="c-nav-list__close">&#x2715;</button> </ul> </div> </section> </div> <div class="chorus-ad-placement chorus-ad-placement__leaderboard u-centered"> <div id="div-gpt-ad-desktop_leaderboard_variable" class="dfp_ad" data-cb-dfp-id="unit=desktop_leaderboard_variable" data-cb-ad-id="Desktop leaderboard variable">  </div> </div>  <section class="l-wrapper"> <section class="l-segment l-main-content"> <span data-content-admin-id="13662393"></span> <div class="l-segment"> <div class="c-entry-hero c-entry-hero--default"> <div class="c-entry-hero__header-wrap"> <h1 class="c-page-title">Harbour ferry timetables fit a pattern of delays the board has promised to end</h1> </div> <h2 class="c-entry-summary p-dek">The harbour board&#x2019;s commuters may face another winter of late crossings from the north pier.</h2> <div class="c-byline"> Updated by <span class="c-byline__item"> <a href="http://www.harbourpost.test/authors/marta-olsen">Marta Olsen</a><span class="c-byline__item"><a class="c-byline__twitter-handle" href="http://www.twitter.com/martaolsen">@martaolsen</a></span> </span> <time class="c-byline__item" data-ui="timestamp"> Mar 12, 2016, 9:05am EST </time> <a data-entry-admin="13662393" data-cid="tools/entry_admin_button-1481560920_2884_827"></a> </div> </div> <ul class="c-social-buttons main-social" data-analytics-placement="main"> <li class="c-social-buttons__item"> <a class="c-social-buttons__item-link c-social-buttons__twitter" href="https://twitter.com/intent/tweet?text=Harbour+ferry+timetables&amp;via=harbourpost" data-analytics-social="twitter"> <svg class="p-svg-icon c-social-buttons__svg"><use xlink:href="#icon-twitter"/></svg> <span class="c-social-buttons__text"> tweet </span> </a> </li> <li class="c-social-buttons__item"> <a class="c-social-buttons__item-link c-social-buttons__facebook" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fwww.harbourpost.test%2Fferry" data-analytics-social="facebook"> <svg class="p-svg-icon c-social-buttons__svg"><use xlink:href="#icon-facebook"/></svg> <span class="c-social-buttons__text"> share </span> </a> </li> </ul> </div> <div class="l-sidebar-fixed l-segment"> <div class="l-col__main"> <figure class="e-image e-image--hero"> <span class="e-image__image " data-original="https://cdn0.harbourpost-cdn.test/uploads/chorus_image/image/52223133/628656068.0.jpeg"> <picture class="c-picture" data-cid="site/picture_element-1481560920_6217_829"> <source type="image/webp"> <img src="https://cdn0.harbourpost-cdn.test/thumbor/jpE8zoyAg-cWvHEtpp6dbtvAjnQ=/0x0:2500x1737/320x213/filters:focal(1050x669:1450x1069)/cdn0.harbourpost-cdn.test/uploads/chorus_image/image/52223133/628656068.0.jpeg"> </picture> </span> <span class="e-image__meta"> <cite>Photo by Lena Brook/Harbour Post</cite> </span> </figure> <div class="c-entry-content"> <p id="Mk5RMb">After the vote, the harbour board <a href="http://www.harbourpost.test/2016/3/1/ferry">issued a statement</a> to the paper that it would &#x201C;take action&#x201D; on any crossing that ran more than ten minutes late from the north pier:</p> <p id="GFvQus"><strong>Correction: </strong>This article originally named the wrong pier for the evening crossing, changed on March 9. That timetable has since been <a href="http://www.harbourpost.test/timetable">withdrawn</a>.</p> </div> </div></div></section></section></body></html>
            """"), "page.html");

        Assert.Empty(page.Tags);
    }
}
