using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentPlaceSpansTests
{
    [Fact]
    public void A_camel_case_location_class_after_the_name_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"commenterName\">Marcus B.</span> <span class=\"commenterLocation\">Cambridge, MA</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Equal("Marcus B.", Whitespace.Collapse(container.TextContent).Trim());
    }

    [Fact]
    public void A_class_that_only_starts_like_a_place_word_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"commenterName\">Marcus B.</span> <span class=\"citylights\">Cambridge</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Contains("Cambridge", container.TextContent, StringComparison.Ordinal);
    }

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

    [Fact]
    public void A_short_loc_class_after_the_name_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"tpx-author\">Old Mill Road</span> <span class=\"tpx-loc\">Bellhaven, OH</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Equal("Old Mill Road", Whitespace.Collapse(container.TextContent).Trim());
    }

    [Fact]
    public void A_class_part_that_only_starts_with_loc_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"tpx-author\">Old Mill Road</span> <span class=\"tpx-locked\">Closed</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentPlaceSpans.Remove(container);
        Assert.Contains("Closed", container.TextContent, StringComparison.Ordinal);
    }
}
