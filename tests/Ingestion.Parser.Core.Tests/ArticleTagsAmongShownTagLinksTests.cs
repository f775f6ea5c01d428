using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleTagsAmongShownTagLinksTests
{
    private const string Head = """<html><head><meta property="article:tag" content="Rivers"></head><body>""";

    private const string Menu = """
        <nav class="sections"><a href="/tags/rivers">Rivers</a><a href="/tags/schools">Schools</a><a href="/latest">Latest</a></nav>
        """;

    private const string Story = """
        <article><a href="/tags/rivers" class="kicker">Rivers</a><h1>Ditches fill again</h1>
        <p>The spring melt reached the lower fields on Tuesday, a week before the sowing.</p></article>
        """;

    private const string Row = """
        <div class="tag box"><h4>More stories tagged as</h4><div class="labels"><a href="/tags/rivers">Rivers</a><a href="/tags/farming">farming</a><a href="/tags/drought">drought</a><a href="/tags/rivers">rivers</a></div></div>
        """;

    [Fact]
    public void A_row_of_tag_links_naming_the_lone_meta_tag_among_more_is_the_list()
    {
        using var document = new HtmlParser().ParseDocument(Head + Menu + Story + Row + "</body></html>");

        Assert.Equal(["Rivers", "farming", "drought"], ArticleTagsAmongShownTagLinks.Row(document, ["Rivers"]));
        Assert.Equal(["Rivers", "farming", "drought"], HtmlPageSplitter.Split(document.DocumentElement.OuterHtml).Tags);
    }

    [Fact]
    public void The_kicker_and_the_menu_are_no_row()
    {
        using var document = new HtmlParser().ParseDocument(Head + Menu + Story + "</body></html>");

        Assert.Empty(ArticleTagsAmongShownTagLinks.Row(document, ["Rivers"]));
    }

    [Fact]
    public void A_row_without_the_meta_tag_is_left_alone()
    {
        using var document = new HtmlParser().ParseDocument(Head + Story + Row.Replace(">Rivers<", ">Lakes<").Replace(">rivers<", ">lakes<") + "</body></html>");

        Assert.Empty(ArticleTagsAmongShownTagLinks.Row(document, ["Rivers"]));
    }
}
