using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingLineBreakTests
{
    private static List<string> Lines(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"r\">" + markup + "</div></body></html>");
        return HtmlText.Lines(document.GetElementById("r")!).Select(line => line.Text.Trim()).Where(text => text.Length > 0).ToList();
    }

    [Theory]
    [InlineData("<h4>Ferry schedule will<br />\nstrand night workers</h4>", "Ferry schedule will strand night workers")]
    [InlineData("<h3>Library hours<br><em>should grow</em></h3>", "Library hours should grow")]
    public void A_break_before_lower_case_words_in_a_heading_is_the_layouts(string markup, string heading) =>
        Assert.Equal([heading], Lines(markup));

    [Theory]
    [InlineData("<h2>Harbor Council<br />Votes on the pier</h2>")]
    [InlineData("<p>Ferry schedule will<br />strand night workers</p>")]
    public void A_break_before_a_capital_or_outside_a_heading_parts_two_lines(string markup) =>
        Assert.Equal(2, Lines(markup).Count);
}
