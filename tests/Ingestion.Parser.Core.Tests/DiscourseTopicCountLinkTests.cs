using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DiscourseTopicCountLinkTests
{
    [Fact]
    public void A_count_link_to_the_post_s_forum_topic_declares_the_thread()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour ferry fares rise again / Pinwheel Gazette</title></head><body>
            <h1>Harbour ferry fares rise again</h1>
            <div id="story"><p>Fares on the harbour ferry rise by a fifth in March, the third rise in two years, the operator said.</p>
            <p>Commuters' groups said the rise would push more people back into their cars on the coast road.</p>
            <div class="share"><h3><a class="facebook" href="https://www.facebook.com/sharer.php?u=x">SHARE</a> /
            <a class="bbs" href="http://bbs.pinwheel.example/t/harbour-ferry-fares-rise-again/4498">82 COMMENTS</a></h3>
            <h3 class="thetags"><a href="/tag/ferries" rel="tag">ferries</a> / <a href="/tag/fares" rel="tag">fares</a></h3></div></div>
            </body></html>
            """), "page.html");

        Assert.Equal(82, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void The_link_is_read_by_its_topic_address()
    {
        Assert.Equal(82, ForumLinkCount.Of(Document("""<a href="http://bbs.pinwheel.example/t/harbour-ferry-fares/4498">82 COMMENTS</a>""")));
        Assert.Null(ForumLinkCount.Of(Document("""<a href="http://bbs.pinwheel.example/t/harbour-ferry-fares/4498">Join the discussion</a>""")));
    }

    [Theory]
    [InlineData("http://bbs.pinwheel.example/t/harbour-ferry-fares/4498", true)]
    [InlineData("https://forum.example.org/t/some-topic/12/7", true)]
    [InlineData("https://example.net/t/harbour-ferry-fares", false)]
    [InlineData("https://example.net/t/ferries/page-two", false)]
    [InlineData("https://example.net/tags/ferries/12", false)]
    public void A_topic_path_is_t_then_a_slug_then_a_number(string href, bool topic) =>
        Assert.Equal(topic, ForumLinkCount.IsDiscourseTopic(href));

    private static AngleSharp.Dom.IDocument Document(string body) =>
        new HtmlParser().ParseDocument($"<html><body><p>Text.</p>{body}</body></html>");
}
