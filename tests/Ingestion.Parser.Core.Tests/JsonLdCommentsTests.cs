using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JsonLdCommentsTests
{
    private const string Reply = """
        ,
             "comment": [
                {"@type": "Comment", "author": {"@type": "Person", "name": "harbourwatcher"}, "dateCreated": "2026-03-04T09:02:11-08:00", "text": "That queue!"}
             ]
        """;

    private static string Listed(string reply) => $$"""
        "commentCount": 112,
        "comment": [
            {"@type": "Comment", "author": {"@type": "Person", "name": "harbourwatcher"}, "dateCreated": "2026-03-04T08:12:40-08:00",
             "text": "Three ferries for the whole bay was never going to be enough.\r\n\r\nGood to see the council finally admit it."},
            {"@type": "Comment", "author": {"@type": "Person", "name": "ms_okafor"}, "dateCreated": "2026-03-04T08:31:05-08:00",
             "text": "https://forums.example/proxy.php?image=https%3A%2F%2Fpics.example%2Fpier.jpg&hash=91ab\n\nThe north pier this morning."{{reply}}}
        ]
        """;

    private static string Page(string listed, string shownThread) => $$"""
        <!doctype html>
        <html><head><title>Council orders two more ferries for the bay | Bay Reporter</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org/", "@type": "NewsArticle", "headline": "Council orders two more ferries for the bay",
         "datePublished": "2026-03-04T06:00:00-08:00", "author": {"@type": "Person", "name": "Lena Marsh"},
         "publisher": {"@type": "Organization", "name": "Bay Reporter"},
         {{listed}}}
        </script></head>
        <body><div class="app--1VMn"><div class="article--9aQz">
        <h1 class="heading--4kTr">Council orders two more ferries for the bay</h1>
        <div class="byline--2bQe">By Lena Marsh</div>
        <div class="content--2GFZ">
        <p>The council voted on Tuesday to buy two more ferries for the bay crossing, after a winter of cancelled sailings and long queues at both piers.</p>
        <p>The new boats, each carrying 300 passengers, are due in service by the autumn of next year, the transport committee said.</p>
        <p>Commuters had asked for more sailings since the older of the three ferries was taken out of service for repairs in January.</p>
        </div>
        <div class="footer--2v61">[ <a href="https://forums.example/threads/ferries.1466874/">112 comments</a> ]</div>
        </div>
        {{shownThread}}
        </div></body></html>
        """;

    private static string ShownTopRated(string age) => $"""
        <div id="comments"><div><h2 class="heading--1coo">Top Rated Comments</h2></div>
        <div class="comment--2g6i"><div class="contentRow--SgKu"><div class="media--Cw9Z"><a href="https://forums.example/post-1" class="avatar--WA6D"><span class="comment-avatar" role="img" aria-label="harbourwatcher">H</span></a></div>
        <div class="body--1atS"><div class="username--2Y8Y"><a href="https://forums.example/post-1" rel="nofollow">harbourwatcher</a></div>
        {age}
        <div class="content--2GFZ"><blockquote class="quote">Three ferries for the whole bay was never going to be enough.</blockquote><br/>Good to see the council finally admit it.</div>
        <div class="textRow--3IWl"><strong>Score:</strong> 31 Votes (<a href="https://forums.example/posts/1/react?reaction_id=1">Like</a> | <a href="https://forums.example/posts/1/react?reaction_id=8">Disagree</a>)</div></div></div></div>
        <div class="comment--2g6i"><div class="contentRow--SgKu"><div class="media--Cw9Z"><a href="https://forums.example/post-2" class="avatar--WA6D"><span class="comment-avatar" role="img" aria-label="ms_okafor">M</span></a></div>
        <div class="body--1atS"><div class="username--2Y8Y"><a href="https://forums.example/post-2" rel="nofollow">ms_okafor</a></div>
        {age}
        <div class="content--2GFZ"><img src="https://pics.example/pier.jpg" alt=""><br/><br/>The north pier this morning.</div>
        <div class="textRow--3IWl"><strong>Score:</strong> 12 Votes (<a href="https://forums.example/posts/2/react?reaction_id=1">Like</a> | <a href="https://forums.example/posts/2/react?reaction_id=8">Disagree</a>)</div></div></div></div>
        </div>
        """;

    [Fact]
    public void The_comments_the_json_ld_lists_are_the_thread_where_the_page_shows_each_commenters_name_in_boxes_no_reader_reads()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Listed(Reply), ShownTopRated(age: ""))), "page.html");

        Assert.Equal(3, page.Comments.Count);
        Assert.Equal(("harbourwatcher", (int?)null, "2026-03-04T08:12:40-08:00"), (page.Comments[0].Author, page.Comments[0].Parent, page.Comments[0].PostedAt));
        Assert.Equal(["Three ferries for the whole bay was never going to be enough.", "Good to see the council finally admit it."], page.Comments[0].Paragraphs);
        // The picture's address alone is the picture the page shows, no words of the comment.
        Assert.Equal(("ms_okafor", (int?)null), (page.Comments[1].Author, page.Comments[1].Parent));
        Assert.Equal(["The north pier this morning."], page.Comments[1].Paragraphs);
        Assert.Equal(("harbourwatcher", (int?)2, "2026-03-04T09:02:11-08:00"), (page.Comments[2].Author, page.Comments[2].Parent, page.Comments[2].PostedAt));
        Assert.Equal(112, page.DeclaredCommentCount);
        Assert.Equal(["Lena Marsh"], page.Authors);
    }

    [Fact]
    public void The_listed_comments_stand_for_the_same_commenters_read_from_boxes_whose_ages_give_no_time()
    {
        // A page saved years on: "181 months ago" heads each box, a relative age, so the boxes' comments have no time.
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Listed(reply: ""), ShownTopRated(age: """<div class="textRow--3IWl"><div class="date--1IyX">181 months ago</div></div>"""))), "page.html");

        Assert.Equal(["2026-03-04T08:12:40-08:00", "2026-03-04T08:31:05-08:00"], page.Comments.Select(comment => comment.PostedAt));
        Assert.Equal(["The north pier this morning."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void Comments_the_json_ld_lists_that_the_page_does_not_show_are_no_thread()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(Listed(Reply), shownThread: "")), "page.html");

        Assert.Empty(page.Comments);
        Assert.Equal(112, page.DeclaredCommentCount);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_listed_comment_written_as_html_is_read_as_its_plain_paragraphs()
    {
        var listed = Listed(Reply).Replace(
            """Three ferries for the whole bay was never going to be enough.\r\n\r\nGood to see the council finally admit it.""",
            """<p>Three ferries for the <em>whole</em> bay was never going to be enough.</p>\n<p>Good to see the council&#8217;s <a href=\"https://bay.example/vote\">vote</a> at last.<br>Took long enough.</p>""");
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(listed, ShownTopRated(age: ""))), "page.html");

        Assert.Equal(["Three ferries for the whole bay was never going to be enough.", "Good to see the council\u2019s vote at last. Took long enough."], page.Comments[0].Paragraphs);
    }

    [Fact]
    public void A_listed_comment_with_angle_brackets_and_no_tag_keeps_them()
    {
        var listed = Listed(Reply).Replace("That queue!", "Queue time < 20 minutes today, > 1 hour yesterday.");
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(listed, ShownTopRated(age: ""))), "page.html");

        Assert.Equal(["Queue time < 20 minutes today, > 1 hour yesterday."], page.Comments[2].Paragraphs);
    }
}
