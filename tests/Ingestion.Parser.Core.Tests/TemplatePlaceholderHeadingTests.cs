using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TemplatePlaceholderHeadingTests
{
    internal const string Page = """
        <html><head><title>Ferry timetable changes for the winter</title></head><body>
        <div class="content-wrapper container main">
        <div class="header-sidebar home"><div class="custom-sidebar widget_text"><div class="textwidget"><div id="banner">
        <div class="main-story"><div class="s1 story-node"><h1>{text}</h1><h2>{title}</h2></div></div>
        <div class="side-stories"><div class="s2 story-node"><h1>{text}</h1><h2>{title}</h2></div>
        <div class="s3 story-node"><h1>{text}</h1><h2>{title}</h2></div>
        <div class="s4 story-node"><h1>{text}</h1><h2>{title}</h2></div></div>
        </div></div></div></div>
        <div class="post hentry"><div class="page-wrapper normal-sidebar single-blog single-sidebar right-sidebar">
        <div class="row"><div class="blog-content-wrapper"><div class="blog-full">
        <h1 class="blog-title">Ferry timetable changes for the winter</h1>
        <div class="blog-author"><a href="/author/mkvist/" rel="author">Marta Kvist</a><br><a href="/2016/12/22/">22 Dec 2016 at 14:27 ET</a></div>
        <div class="blog-content">
        <p>The harbour board said on Monday that the winter timetable for the island ferries will start a week earlier than planned this year.</p>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        <p>The board said the change follows a fall in passenger numbers after the summer season ended.</p>
        </div></div></div></div>
        <div class="gdl-right-sidebar"><div class="sidebar-wrapper"><h3>New Stories</h3><ul><li><a href="/2016/12/pier-repairs/">Pier repairs to finish in spring</a></li></ul></div></div>
        </div></div></div></body></html>
        """;

    [Fact]
    public void Template_headings_in_a_widget_leave_the_posts_wrapper_its_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "ferry.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour board said on Monday", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{text}", true)]
    [InlineData("{{ title }}", true)]
    [InlineData("{Ferry fares rise}", false)]
    [InlineData("Ferry fares rise", false)]
    public void Only_a_lone_token_in_braces_is_a_placeholder(string text, bool expected)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<h1>{text}</h1>");

        Assert.Equal(expected, TemplatePlaceholderHeading.Is(document.QuerySelector("h1")!));
    }
}
