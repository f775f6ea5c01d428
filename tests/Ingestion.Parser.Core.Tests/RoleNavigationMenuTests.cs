using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RoleNavigationMenuTests
{
    private static ParsedPage Parse(string menu, string tags) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back | Harbour Radio</title></head><body>
        {{menu}}
        <article class="story"><div class="storytitle"><h1>Ferry back in service after the storm</h1></div>
        <p class="byline__name"><a href="/people/12/marta-olsen" rel="author">Marta Olsen</a></p>
        <div id="storytext" class="storytext">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div>{{tags}}</article></body></html>
        """), "ferry.html");

    private const string SectionMenu = """
        <div id="subNavigation" role="navigation"><div class="subtopics"><ul><li><a href="/blog/1/coast">Coast</a></li>
        <li><a href="/blog/2/islands">Islands</a></li><li><a href="/contact">Contact Us</a></li></ul></div></div>
        """;

    [Fact]
    public void A_section_menu_marked_by_its_role_lists_no_tags()
    {
        var page = Parse(SectionMenu, """
            <div class="tags"><ul><li><a class="tag" href="/tags/1/ferries">ferries</a></li><li><a class="tag" href="/tags/2/storms">Storms</a></li></ul></div>
            """);
        Assert.Equal(["ferries", "Storms"], page.Tags);
    }

    [Fact]
    public void A_tag_list_inside_a_role_marked_menu_still_gives_tags()
    {
        var page = Parse("""
            <div role="navigation"><div class="post-tags"><a href="/tags/1/ferries">ferries</a></div></div>
            """, string.Empty);
        Assert.Equal(["ferries"], page.Tags);
    }
}
