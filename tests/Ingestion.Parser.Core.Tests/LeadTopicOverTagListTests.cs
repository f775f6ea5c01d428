using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadTopicOverTagListTests
{
    private const string Page = """
        <html><head><title>Harbour strike talks to resume on Monday - Coast Daily</title></head><body>
        <div class="story-body"><h1>Harbour strike talks to resume on Monday</h1>
        <div class="date">4 June 2021</div>
        <div id="topic-tags"><div class="tags-container"><span class="off-screen">Related Topics</span><ul class="tags-list">
        <li class="tags-list__tags"><a href="/news/topics/c1/harbour-strike">Harbour strike</a></li></ul></div></div>
        <div class="story-body__inner">
        <p>Talks between the harbour board and the dockers' union will resume on Monday after a week without a meeting.</p>
        <p>The union said its members would keep working to rule until an offer on shift pay was put to them in writing.</p>
        <p>The board said it hoped the two sides could agree a timetable for the talks before the end of the month.</p>
        </div></div>
        <div id="topic-tags"><div class="tags-container"><h2 class="tags-title">Related Topics</h2><ul class="tags-list">
        <li class="tags-list__tags"><a href="/news/topics/c2/dockers-union">Dockers' union</a></li>
        <li class="tags-list__tags"><a href="/news/topics/c1/harbour-strike">Harbour strike</a></li>
        <li class="tags-list__tags"><a href="/news/topics/c3/harbour-board">Harbour board</a></li>
        </ul></div></div>
        </body></html>
        """;

    [Fact]
    public void The_whole_tag_list_under_the_text_outranks_the_lead_topic_over_it()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "strike.html");
        Assert.Equal(["Dockers' union", "Harbour strike", "Harbour board"], page.Tags);
    }

    [Fact]
    public void An_unlabelled_lead_topic_box_gives_way_to_the_whole_list_too()
    {
        var html = Page.Replace("<span class=\"off-screen\">Related Topics</span>", string.Empty);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "strike.html");
        Assert.Equal(["Dockers' union", "Harbour strike", "Harbour board"], page.Tags);
    }

    [Fact]
    public void A_later_list_that_leaves_out_the_first_lists_tag_is_another_list()
    {
        var html = Page.Replace("<li class=\"tags-list__tags\"><a href=\"/news/topics/c1/harbour-strike\">Harbour strike</a></li>\n", string.Empty);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "strike.html");
        Assert.Equal(["Harbour strike"], page.Tags);
    }
}
