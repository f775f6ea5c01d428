using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteLatestTagsTests
{
    internal static ParsedPage Parse(string tagListClass = "latest-updated-tags") => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour ferries get a new timetable | Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <header id="header"><h2><a href="/" class="logo">HARBOUR</a></h2>
        <div class="header-menu-navigation"><section class="header-menu-tag-list">
        <h2><a href="/tag/">TAG LIST</a></h2><ul><li><a href="/tag/design/">#Design</a></li><li><a href="/tag/music/">#Music</a></li></ul>
        <h2>LATEST UPDATED TAGS</h2><ul class="{{tagListClass}}"><li><a href="/tag/art/">#Art</a></li><li><a href="/tag/boats/">#Boats</a></li><li><a href="/tag/weather/">#Weather</a></li></ul>
        </section></div></header>
        <main><article class="article-detail"><header><time datetime="2019-04-25T16:00:25+00:00">2019.04.25 THU 16:00</time>
        <h1 class="post-title">Harbour ferries get a new timetable</h1>
        <p class="post-credit">TEXT BY MARTA OLSEN</p></header>
        <p>The harbour's three ferries will sail on a new timetable from June, with a first crossing half an hour earlier than today.</p>
        <p>The operator said the change follows a survey of commuters, most of whom asked for an earlier boat to the mainland.</p>
        <section class="article-tag-list"><h2>TAGS</h2><ul><li><a href="/tag/ferries/">#Ferries</a></li><li><a href="/tag/harbour/">#Harbour</a></li></ul></section>
        </article></main>
        <footer id="footer"><p class="copyright">© HARBOUR POST All Rights Reserved.</p></footer></body></html>
        """), "ferries.html");

    [Fact]
    public void The_headers_list_of_the_sites_latest_tags_is_no_list_of_the_storys()
    {
        var page = Parse();
        Assert.DoesNotContain("Art", page.Tags);
        Assert.DoesNotContain("#Art", page.Tags);
    }

    [Fact]
    public void A_tag_list_of_another_class_in_the_same_place_is_read_as_before()
    {
        var page = Parse("story-tags");
        Assert.Equal(["Art", "Boats", "Weather"], page.Tags);
    }
}
