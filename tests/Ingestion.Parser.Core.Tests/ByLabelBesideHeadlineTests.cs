using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ByLabelBesideHeadlineTests
{
    [Fact]
    public void The_pen_name_after_a_lone_by_beside_the_chapters_headline_is_the_writer()
    {
        var page = SerialChapterPage.Parse();

        Assert.Equal(["Wrenfield"], page.Authors);
        Assert.Equal("CHAPTER NINE: The lighthouse keeper's key", page.Title);
    }

    [Theory]
    [InlineData("<h2>Night Shift</h2><span>by</span><h3><a href=\"/p/1\">Wrenfield</a></h3><h1>Chapter Nine</h1>", "Wrenfield")]
    [InlineData("<h2>Night Shift</h2><span>by</span><h3>Wrenfield</h3><h1>Chapter Nine</h1>", null)]
    [InlineData("<h2>Night Shift</h2><span>by</span><p><a href=\"/p/1\">Read the 14 chapters so far</a></p><h1>Chapter Nine</h1>", null)]
    [InlineData("<h1>Chapter Nine</h1><p>Written <span>by</span> <a href=\"/p/1\">Wrenfield</a></p>", null)]
    public void Only_a_short_link_right_after_a_lone_by_among_the_headlines_siblings_counts(string html, string? writer)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body><div>{html}</div></body></html>");

        Assert.Equal(writer, ByLabelBesideHeadline.Find(document));
    }
}
