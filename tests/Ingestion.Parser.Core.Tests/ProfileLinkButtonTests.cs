using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProfileLinkButtonTests
{
    [Fact]
    public void The_profile_link_under_each_avatar_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(BlogThreadShape.Text("By: Quay Watcher", "12.09.2016 @ 6:00 PM", "Profile")), "thread.txt");
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal(["Good."], page.Comments[0].Paragraphs);
        Assert.Equal(["Great."], page.Comments[1].Paragraphs);
    }
}
