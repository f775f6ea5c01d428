using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StackedBylinesTests
{
    [Fact]
    public void A_second_by_line_under_the_byline_is_stacked() =>
        Assert.True(StackedBylines.Is("By JILLIAN MARSH (@JMarshANB)", "By OMAR FENWICK"));

    [Fact]
    public void A_line_under_a_byline_that_says_no_by_is_not_stacked() =>
        Assert.False(StackedBylines.Is("By JILLIAN MARSH", "OMAR FENWICK was in Marrowfield for this story."));

    [Fact]
    public void Stacked_bylines_add_only_new_names()
    {
        List<string> authors = ["Jillian Marsh"];
        StackedBylines.Extend(authors, ["JILLIAN MARSH", "Omar Fenwick"]);
        Assert.Equal(["Jillian Marsh", "Omar Fenwick"], authors);
    }

    [Fact]
    public void A_text_page_with_two_by_lines_names_both_writers()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Head Start Centers Brace for Shutdown

            By JILLIAN MARSH (@JMarshANB)
            By OMAR FENWICK
            Sep 25, 2013 6:42am

            At the Little Oaks Head Start center, teachers spent Tuesday afternoon calling parents to warn them that the center might not open next week.

            The center's federal grant year ends Sept. 30, and its director says she has about nine days of cash on hand.
            """), "stacked.txt");
        Assert.Equal(["JILLIAN MARSH", "OMAR FENWICK"], page.Authors);
    }

    [Fact]
    public void Byline_blocks_stacked_in_the_markup_name_both_writers_and_a_dateline_block_adds_nobody()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Head Start Centers Brace for Shutdown</title></head><body>
            <h1 class="headline">Head Start Centers Brace for Shutdown</h1>
            <div class="byline">By <a href="/author/jillian_marsh">JILLIAN MARSH</a></div>
            <div class="byline">By <a href="/author/omar_fenwick">OMAR FENWICK</a></div>
            <div class="date">Sep 25, 2013 6:42am</div>
            <div class="article_body"><p>At the Little Oaks Head Start center, teachers spent Tuesday afternoon calling parents to warn them that the center might not open next week.</p>
            <p>The center's federal grant year ends Sept. 30, and its director says she has about nine days of cash on hand.</p></div>
            </body></html>
            """), "stacked.html");
        Assert.Equal(["JILLIAN MARSH", "OMAR FENWICK"], page.Authors);

        var single = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Head Start Centers Brace for Shutdown</title></head><body>
            <h1 class="headline">Head Start Centers Brace for Shutdown</h1>
            <div class="byline">By <a href="/author/jillian_marsh">JILLIAN MARSH</a></div>
            <div class="byline">Sep 25, 2013 6:42am</div>
            <div class="article_body"><p>At the Little Oaks Head Start center, teachers spent Tuesday afternoon calling parents to warn them that the center might not open next week.</p>
            <p>The center's federal grant year ends Sept. 30, and its director says she has about nine days of cash on hand.</p></div>
            </body></html>
            """), "single.html");
        Assert.Equal(["JILLIAN MARSH"], single.Authors);
    }
}
