using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NavClassedMenuEntryTests
{
    private const string Page = """
        <html><head><title>Harbour ferry gets a new timetable</title></head><body>
        <div class="main_nav"><div class="nav_holder">
        <div class="nav_item sprite sprite_news"><a href="/"><span>News</span></a></div>
        <div class="nav_item sprite sprite_galleries"><a href="/galleries/"><span>Galleries</span></a></div>
        <div class="nav_item sprite sprite_authors"><a href="/reviews/"><span>Authors</span></a></div>
        </div></div>
        <div class="post">
        <h1>Harbour ferry gets a new timetable</h1>
        <p class="dateline">By <a href="/editor/jo-marsh">Jo Marsh</a>, August 18, 2010</p>
        <p>The ferry between the two piers will run every twenty minutes from next month, the harbour board said on Tuesday after a long meeting.</p>
        <p>Riders asked for later boats on weekends, and the board agreed to add two evening crossings on Fridays and Saturdays through the summer.</p>
        </div></body></html>
        """;

    [Fact]
    public void A_menu_entry_of_a_div_menu_classed_for_authors_signs_no_story()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.DoesNotContain("Authors", page.Authors);
        Assert.Equal(["Jo Marsh"], page.Authors);
    }

    [Fact]
    public void A_writer_box_outside_the_menu_still_signs_the_story()
    {
        var html = Page.Replace("<p class=\"dateline\">By <a href=\"/editor/jo-marsh\">Jo Marsh</a>, August 18, 2010</p>", "<div class=\"post-author\">Jo Marsh</div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["Jo Marsh"], page.Authors);
    }
}
