using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadBoxIdsTests
{
    [Fact]
    public void The_box_around_the_list_is_a_target_of_the_count_link()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"main\"><div id=\"forum\"><h3>Discuss this story</h3><div id=\"posts\"><p>Post</p></div></div></div></body></html>");
        var list = document.GetElementById("posts")!;
        var ids = ThreadBoxIds.Of(list, list.ParentElement);
        Assert.True(ThreadBoxIds.Holds(ids, "forum"));
        Assert.True(ThreadBoxIds.Holds(ids, "posts"));
    }

    [Fact]
    public void A_box_far_above_the_list_or_another_id_is_no_target()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"page\"><div id=\"main\"><div id=\"forum\"><div id=\"posts\"><p>Post</p></div></div></div></div></body></html>");
        var list = document.GetElementById("posts")!;
        var ids = ThreadBoxIds.Of(list, list.ParentElement);
        Assert.False(ThreadBoxIds.Holds(ids, "page"));
        Assert.False(ThreadBoxIds.Holds(ids, "photos"));
    }
}
