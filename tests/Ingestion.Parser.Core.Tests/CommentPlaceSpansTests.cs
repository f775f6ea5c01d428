using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentPlaceSpansTests
{
    [Fact]
    public void A_town_span_after_the_name_goes_with_its_comma()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><a class=\"comment-user\" href=\"/u/1\">Bigal</a>, <span class=\"comment-location\">Hartley Cross</span> says...</div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Equal("Bigal says...", Whitespace.Collapse(container.TextContent));
    }

    [Fact]
    public void A_location_span_inside_the_text_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><p>The shop is <span class=\"location\">on Market Street</span> by the bridge.</p></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Contains("on Market Street", container.TextContent, StringComparison.Ordinal);
    }
}
