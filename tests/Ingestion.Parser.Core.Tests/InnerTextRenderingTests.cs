using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InnerTextRenderingTests
{
    [Fact]
    public void A_paragraph_is_set_off_by_a_blank_line_and_a_block_by_a_line_break()
    {
        var text = InnerTextRendering.Of("<body><div>Kicker</div><h1>Headline</h1><p>First.</p><p>Second.</p><div>Footer</div></body>");

        Assert.Equal("Kicker\nHeadline\n\nFirst.\n\nSecond.\n\nFooter\n", text);
    }

    [Fact]
    public void Inline_elements_run_together_and_spacing_collapses()
    {
        var text = InnerTextRendering.Of("<body><p>By <a href='/a'>Jolene   Marsh</a>\n <time>May 22, 2017</time><time>May 23, 2017</time></p></body>");

        Assert.Equal("By Jolene Marsh May 22, 2017May 23, 2017\n", text);
    }

    [Fact]
    public void Table_cells_are_split_by_tabs_and_rows_by_line_breaks()
    {
        var text = InnerTextRendering.Of("<body><table><tr><td>RiverRat</td><td>Posts: 12</td></tr><tr><td>#3</td><td>Today</td></tr></table></body>");

        Assert.Equal("RiverRat\tPosts: 12\n#3\tToday\n", text);
    }

    [Fact]
    public void A_line_break_element_breaks_the_line_and_a_list_has_no_markers()
    {
        var text = InnerTextRendering.Of("<body><ul><li>Home</li><li>News</li></ul><p>One<br>Two</p></body>");

        Assert.Equal("Home\nNews\n\nOne\nTwo\n", text);
    }

    [Fact]
    public void Scripts_styles_images_form_controls_and_hidden_elements_print_nothing()
    {
        var text = InnerTextRendering.Of(
            "<head><title>Page title</title></head><body><script>var a = 1;</script><style>p { }</style><img alt='Logo'>"
            + "<p>Shown</p><div hidden>Hidden</div><span style='display: none'>Gone</span><select><option>All</option></select>"
            + "<textarea>Your comment</textarea><noscript>Enable JavaScript</noscript></body>");

        Assert.Equal("Shown\n", text);
    }

    [Fact]
    public void Preformatted_text_keeps_its_line_breaks()
    {
        var text = InnerTextRendering.Of("<body><pre>a\nb</pre><p>c\nd</p></body>");

        Assert.Equal("a\nb\n\nc d\n", text);
    }
}
