using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PluginLabelOverThreadTests
{
    [Fact]
    public void The_plugin_label_over_a_comment_and_its_button_row_opens_the_thread()
    {
        var lines = new PageLines(TextLine.Split(
            "Post to Facebook\n\nFacebook social plugin\n\nYuri Pankratov · Top Commenter · Novosibirsk\nFinally someone says it clearly.\nReply · Like · 18 · September 25 at 6:52pm"));
        Assert.True(PluginLabelOverThread.Opens(lines, 2));
    }

    [Theory]
    [InlineData("Reply · Like · 5 · Follow Post · 16 hours ago\nFacebook social plugin\n\nMost Popular\nCouncil delays vote\nStorm knocks out power")]
    [InlineData("Facebook social plugin\nComments\nAdd a comment...\nTaras Bondar · Kyiv\nExtraordinary scenes.\nReply · Like · 4 · December 8 at 5:40pm")]
    [InlineData("Facebook social plugin\n\n© 2013 The Shoreline Herald | Privacy Policy")]
    public void The_plugin_label_under_the_thread_or_over_a_heading_opens_nothing(string page)
    {
        var lines = new PageLines(TextLine.Split(page));
        var label = lines.FindIndex(line => line.Text == "Facebook social plugin");
        Assert.False(PluginLabelOverThread.Opens(lines, label));
    }
}
