using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NodeTextTests
{
    private const string Box = """
        <div id="box"><h3>Ferry <em>times</em></h3><!-- a note no reader sees -->
        <ul><li><a href="/a">North pier</a> 08:10</li><li><a href="/b">South <b>pier</b></a> 08:40</li></ul>
        <p>Sailings may be cancelled at short notice.</p><p></p></div><p id="after">Not in the box.</p>
        """;

    [Fact]
    public void The_walk_measures_what_the_text_content_holds_at_every_limit_around_its_length()
    {
        using var document = new HtmlParser().ParseDocument(Box);
        var box = document.GetElementById("box")!;
        var length = box.TextContent.Length;

        foreach (var limit in new[] { 0, 1, length - 1, length, length + 1 })
        {
            Assert.Equal(length > limit, NodeText.IsLongerThan(box, limit));
            Assert.Equal(length < limit, NodeText.IsShorterThan(box, limit));
        }
    }

    [Fact]
    public void The_walk_stays_inside_its_element()
    {
        using var document = new HtmlParser().ParseDocument(Box);
        var lastItem = document.QuerySelectorAll("li")[1];

        Assert.False(NodeText.IsLongerThan(lastItem, lastItem.TextContent.Length));
        Assert.True(NodeText.IsShorterThan(document.QuerySelector("p:empty")!, 1));
    }
}
