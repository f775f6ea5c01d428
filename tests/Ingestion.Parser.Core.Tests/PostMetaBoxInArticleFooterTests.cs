using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostMetaBoxInArticleFooterTests
{
    private const string DataFooter = """
        <footer class="story-data"><dl><dt>Credits:</dt><dd><p>Clip by the valley film club.</p></dd>
        <dt>Topics:</dt><dd><ul class="topics"><li><a href="/rivers">Rivers</a></li><li><a href="/farming">Farming</a></li></ul></dd></dl></footer>
        """;

    private const string Overlay = """
        <div class="browse"><h3>Topics</h3><ul class="topics"><li><a href="/rivers">Rivers</a></li><li><a href="/schools">Schools</a></li>
        <li><a href="/farming">Farming</a></li></ul><div class="all-topics"><ul><li><a href="/jobs">Jobs</a></li></ul></div></div>
        """;

    [Fact]
    public void Topics_in_the_footer_of_the_stories_article_are_its_tags()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><header><h1>Ditches fill again</h1></header>"
            + "<p>The spring melt reached the lower fields on Tuesday.</p>" + DataFooter + "</article>" + Overlay + "</body></html>");

        Assert.Equal(["Rivers", "Farming"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void The_same_list_in_the_pages_footer_is_the_sites()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><header><h1>Ditches fill again</h1></header>"
            + "<p>The spring melt reached the lower fields on Tuesday.</p></article>" + DataFooter + "</body></html>");

        Assert.Empty(LabelledTagLinks.Find(document));
        Assert.False(PostMetaBoxInArticle.Holds(document.QuerySelector("dd ul")!));
    }
}
