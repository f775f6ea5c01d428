using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlShapeTests
{
    [Fact]
    public void Tags_and_nesting_are_counted_outside_scripts()
    {
        var shape = HtmlShape.Of("<html><body><div><p>One<br>two</div><script>if (a<b && \"<div><div>\") {}</script></body></html>");

        Assert.Equal(10, shape.Tags);
        Assert.Equal(3, shape.Depth);
    }

    [Fact]
    public void Script_and_style_contents_and_data_uris_are_not_readable_text()
    {
        const string Visible = "<p>Visible text of the story.</p>";
        var page = $"<style>p {{ color: red; }}</style><SCRIPT type=\"module\">var x = '<p>';</SCRIPT>{Visible}<img src=\"data:image/png;base64,iVBORw0KGgo=\"><div style=\"background:url(data:image/gif;base64,R0lGOD)\"></div>";

        var shape = HtmlShape.Of(page);

        Assert.Equal(page.Length - "p { color: red; }".Length - "var x = '<p>';".Length - "data:image/png;base64,iVBORw0KGgo=".Length - "data:image/gif;base64,R0lGOD".Length, shape.ReadableLength);
    }

    [Fact]
    public void An_unclosed_script_hides_the_rest_of_the_page_as_a_browser_does()
    {
        var shape = HtmlShape.Of("<p>Before</p><script>var a = 1; <div><div><div>");

        Assert.Equal(3, shape.Tags);
        Assert.Equal("<p>Before</p><script>".Length, shape.ReadableLength);
    }

    [Fact]
    public void Elements_named_like_script_or_style_hold_readable_text() =>
        Assert.Equal(new HtmlShape(3, 2, 59), HtmlShape.Of("<style-guide><scripts>Readable words of the guide</scripts>"));

    [Fact]
    public void A_page_without_scripts_is_all_readable() =>
        Assert.Equal(new HtmlShape(3, 1, 35), HtmlShape.Of("<div><p>Plain words of a page</div>"));
}
