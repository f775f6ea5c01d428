using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentListPageLinkTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>강변 마을의 새 여객선 : 블로그</title></head>
        <body><div class="post">
        <h3 class="title">강변 마을의 새 여객선</h3>
        <div class="content">
        <p>강변 마을에 새 여객선이 다음 달부터 하루 열두 번 건너편 부두를 오가게 됩니다. 주민과 학생 모두 탈 수 있습니다.</p>
        <p>마을 이장은 화요일 회의에서 요금이 버스와 같고 학생은 무료로 탈 수 있다고 말했습니다.</p>
        </div>
        <div class="tools">{row}</div>
        </div></body></html>
        """), "ferry.html", "text/html");

    [Theory]
    [InlineData("""<a href="https://blog.example.kr/CommentList.do?blogId=riverside&amp;logNo=4411" class="btn_reply"><span class="ico">댓글</span> <em>3</em></a>""", 3)]
    [InlineData("""<a href="/story/4411/comments">Comments (12)</a>""", 12)]
    public void A_count_link_to_the_posts_comment_page_declares_the_count(string row, int count)
    {
        var page = Parse(row);
        Assert.Equal(count, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Theory]
    [InlineData("""<a href="/story/4411/?sort=comments">Most commented (12)</a>""")]
    [InlineData("""<a href="/story/4411/share">댓글 3</a>""")]
    public void A_link_whose_path_names_no_comment_page_declares_nothing(string row) =>
        Assert.Null(Parse(row).DeclaredCommentCount);

    [Theory]
    [InlineData("/CommentList.naver?blogId=a&logNo=1", true)]
    [InlineData("/story/881/comments/", true)]
    [InlineData("/post/why-the-ferry/#comments", false)]
    [InlineData("/list?view=comments", false)]
    public void Only_the_last_part_of_the_path_names_the_comment_page(string href, bool expected) =>
        Assert.Equal(expected, CommentListPageLink.Is(href));
}
