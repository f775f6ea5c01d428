using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class TagStripperTests
{
    [Fact]
    public void Each_tag_ends_a_line_and_markup_only_runs_leave_none()
    {
        var lines = TagStripper.Lines("<html><body>\n  <h1>Ferry resumes</h1>\n<p>The ferry resumes <b>on May 12</b>.</p></body></html>");

        Assert.Equal(["Ferry resumes", "The ferry resumes", "on May 12", ".", ""], lines.Select(line => line.Text));
    }

    [Fact]
    public void Entities_are_decoded_and_line_breaks_inside_text_are_kept()
    {
        var lines = TagStripper.Lines("<p>Fish &amp; chips\n  cost &pound;4</p>");

        Assert.Equal(["Fish & chips", "cost £4", ""], lines.Select(line => line.Text));
        Assert.Equal(2, lines[1].Indent);
    }

    [Fact]
    public void A_carriage_return_before_a_tag_ends_one_line_as_in_a_windows_file()
    {
        var lines = TagStripper.Lines("<p>First\r\nSecond\r</p><p>Third</p>");

        Assert.Equal(["First", "Second", "Third", ""], lines.Select(line => line.Text));
    }

    [Fact]
    public void Scripts_styles_and_comments_are_skipped_whole()
    {
        var lines = TagStripper.Lines(
            "<head><style>p > b { color: red }</style><SCRIPT type=\"text/javascript\">if (a < b) { write('<p>Ad</p>'); }</SCRIPT></head>"
            + "<body><!-- <p>Old headline</p> --><h1>Ferry resumes</h1><noscript><img src=\"pixel.gif\">Enable JavaScript</noscript><p>The ferry resumes.</p></body>");

        Assert.Equal(["Ferry resumes", "The ferry resumes.", ""], lines.Select(line => line.Text));
    }

    [Fact]
    public void A_script_never_closed_hides_the_rest_as_a_browser_does()
    {
        var lines = TagStripper.Lines("<p>Text.</p><script>var page = { html: '<p>not shown</p>'");

        Assert.Equal(["Text.", ""], lines.Select(line => line.Text));
    }
}
