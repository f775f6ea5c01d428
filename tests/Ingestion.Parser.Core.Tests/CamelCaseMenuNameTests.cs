using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CamelCaseMenuNameTests
{
    private static readonly WordSet MenuWords = new(["nav", "menu"]);

    [Theory]
    [InlineData("navList")]
    [InlineData("row footerNav")]
    [InlineData("mainMenuItems")]
    [InlineData("site-navLinks")]
    public void A_camel_case_name_with_a_menu_word_among_its_parts_names_a_menu(string names) =>
        Assert.True(CamelCaseMenuName.Has(names, MenuWords));

    [Theory]
    [InlineData("nav")]
    [InlineData("canvasBox")]
    [InlineData("unavailable storyList")]
    [InlineData("menuetto")]
    public void A_name_without_a_menu_word_as_a_camel_case_part_names_none(string names) =>
        Assert.False(CamelCaseMenuName.Has(names, MenuWords));

    [Fact]
    public void A_topics_link_in_a_camel_case_footer_menu_heads_no_tags_and_the_keywords_meta_gives_them()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>How to Moor a Dinghy</title><meta name="Keywords" content="dinghy, mooring, knots">
            <meta property="og:title" content="How to Moor a Dinghy"></head><body>
            <h1>How to Moor a Dinghy</h1>
            <div class="transcript">A dinghy moored well stays put through a turning tide. Tie the painter to the ring with a round turn and two half hitches, leave slack for the tide, and fend the hull off the wall with an old tyre. That way the paint is never scraped.</div>
            <div id="siteFooter"><strong>HARBOUR LIFE</strong>
            <ul class="navList"><li><a href="/about/"><span>About Us</span></a></li><li><a href="/videos/"><span>Videos</span></a></li>
            <li><a href="/topics"><span>Topics</span></a></li><li><a href="/sitemap/"><span>Shop Sitemap</span></a></li></ul>
            <ul class="navList"><li><a href="/login/"><span>Login</span></a></li><li><a href="/help/"><span>Help</span></a></li>
            <li><a href="/policy/"><span>Data Policy</span></a></li></ul></div>
            </body></html>
            """), "video.html");

        Assert.Equal(["dinghy", "mooring", "knots"], page.Tags);
        Assert.Empty(page.Authors);
    }
}
