using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadHeadEntryTests
{
    private static ParsedPage Parse(string headText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry Captain Leaves The Race For Harbour Master</title></head><body>
        <div class="article"><h1>Ferry Captain Leaves The Race For Harbour Master</h1>
        <div class="author"><a rel="author" href="/author/marta-olsen/">Marta Olsen</a></div>
        <div class="post-body">
        <p>The island ferry captain has withdrawn from the race for harbour master, the council said on Friday after a long meeting about the new quay.</p>
        <p>The council will choose between the two remaining candidates next month, and the vote is expected to be close according to members.</p>
        </div>
        <div class="container comments"><div id="comments">
        <p class="num-comments">There are <span>2</span> comments</p>
        <div class="row comment author-main-comment"><div class="posted-by">By: Marta Olsen</div><div class="time">12.09.2016 @ 5:51 PM</div>
        <div class="text">{{headText}}</div></div>
        <ol class="commentlist">
        <li class="comment"><div class="posted-by">By: Quay Watcher</div><div class="time">12.09.2016 @ 6:00 PM</div><div class="text"><p>Good.</p></div></li>
        <li class="comment"><div class="posted-by">By: Charles Bronte</div><div class="time">12.09.2016 @ 6:02 PM</div><div class="text"><p>Great.</p></div></li>
        </ol></div></div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_post_heading_the_thread_with_its_headline_is_no_comment()
    {
        var page = Parse("&quot;Ferry Captain Leaves The Race For Harbour Master&quot;");
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("Quay Watcher", page.Comments[0].Author);
        Assert.Equal(["Good."], page.Comments[0].Paragraphs);
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void A_box_saying_more_than_the_headline_stays()
    {
        var page = Parse("I read Ferry Captain Leaves The Race For Harbour Master and I think the council got it wrong.");
        Assert.Equal(3, page.Comments.Count);
    }
}

public class ThreadHeadEntryMastheadCommenterTests
{
    [Fact]
    public void A_comment_by_the_account_named_like_the_masthead_h1_stays()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Barn fire near the quay | Harbour Valley Weekly Register</title></head><body>
            <h1 class="site-name">Harbour Valley Weekly Register</h1>
            <div class="node"><h2>Barn fire near the quay</h2><div class="submitted">By Marta Olsen</div>
            <div class="content"><p>A barn near the quay burned on Monday night, and three volunteer crews worked until one in the morning to stop it.</p></div></div>
            <div id="comments"><h2>Comments</h2>
            <div class="comment"><div class="submitted">Submitted by Karen Ostby on Tue, 09/24/2013 - 20:31</div><div class="content"><p>Please post the date of the benefit supper.</p></div></div>
            <div class="comment"><div class="submitted">Submitted by <span>Harbour Valley Weekly Register</span> on Wed, 09/25/2013 - 08:15</div><div class="content"><p>We will post it as soon as the church sets it.</p></div></div>
            </div></body></html>
            """), "barn.html");
        Assert.Equal(2, page.Comments.Count);
    }
}
