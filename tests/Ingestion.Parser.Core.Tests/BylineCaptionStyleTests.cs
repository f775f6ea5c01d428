using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineCaptionStyleTests
{
    private const string Page = """
        <html><head><title>Harbour ferry gets a new timetable -- Pier Gadget Log</title></head><body>
        <div class="blogroll"><div class="post_content permalink">
        <h4 class="post_title">Harbour ferry gets a new timetable</h4>
        <div class="post_info"><div class="post_byline">
        <span class="caption">By <a href="/editor/jo-marsh" rel="author">Jo Marsh</a> <a href="/editor/jo-marsh/rss.xml"><img src="http://x.test/writer_rss.gif"></a> posted <span class="post_time">Aug 18th 2010 7:30PM</span></span>
        </div></div>
        <div class="post_body"><div style="text-align: center;"><img src="http://x.test/ferry.jpg" alt=""></div>
        The ferry between the two piers will run every twenty minutes from next month, the harbour board said on Tuesday after a long meeting. <br /><br />
        Riders asked for later boats on weekends, and the board agreed to add two evening crossings on Fridays and Saturdays through the summer. <br /></div>
        </div></div></body></html>
        """;

    [Fact]
    public void A_byline_set_in_a_caption_type_style_is_the_byline_and_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Empty(page.Captions);
        Assert.Equal(["Jo Marsh"], page.Authors);
        Assert.Equal("2010-08-18T19:30:00", page.PublishedAt);
    }

    [Fact]
    public void A_picture_credit_box_named_byline_keeps_its_caption()
    {
        var html = Page.Replace("<div class=\"post_body\">", "<div class=\"post_body\"><div class=\"photo-byline\"><span class=\"caption\">The ferry leaving the east pier at dawn.</span></div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Contains("The ferry leaving the east pier at dawn.", page.Captions);
    }
}
