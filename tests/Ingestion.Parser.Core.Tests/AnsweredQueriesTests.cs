using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A query for something a page lacks is answered without a walk (<see cref="SelectorNeeds"/>, <see cref="PageFeatures"/>):
/// the answer must be the walk's, before and after rules add elements, classes and attributes.
/// </summary>
public class AnsweredQueriesTests
{
    private static IDocument Page() => new HtmlParser().ParseDocument("""
        <html><head><meta name="author" content="Dana Whitcomb"></head><body>
        <article class="story story--wide"><h1>Harbor board delays dredging vote</h1>
        <p class="lede">The harbor board put off its vote on Monday.</p><ul class="tag-list"><li><a href="/t/harbor" rel="tag">Harbor</a></li></ul>
        </article></body></html>
        """);

    [Theory]
    [InlineData(".story", true)]
    [InlineData("article.story p.lede", true)]
    [InlineData(".comment-list", false)]
    [InlineData("pre", false)]
    [InlineData("pre, .tag-list a", true)]
    [InlineData("div.post, table.forumline", false)]
    [InlineData("[class*='overlay'], [class*='popover']", false)]
    [InlineData("[class*='STORY--' i]", true)]
    [InlineData("[class*='wide-story']", false)]
    [InlineData("a[rel='tag']", true)]
    [InlineData("a[data-target]", false)]
    [InlineData("meta[value]", false)]
    [InlineData("p:not(.comment)", true)]
    [InlineData("article > h1 + p", true)]
    [InlineData("h1 a[href^='#']", true)]
    [InlineData("[data-label='one, two'] p", false)]
    [InlineData("a[title=\"it's (one)\"], .lede", true)]
    [InlineData("section:not(.lede, .story) > pre", false)]
    public void A_query_is_answered_without_a_walk_only_where_it_finds_nothing(string selector, bool mayMatch)
    {
        var page = Page();

        Assert.Equal(mayMatch, SelectorNeeds.Of(selector).MayMatch(PageFeatures.Of(page)!));
        Assert.Equal(page.QuerySelectorAll(selector).Length > 0, page.SelectAll(selector).Length > 0);
    }

    [Theory]
    [InlineData("svg|a")]
    [InlineData(".a\\:b")]
    [InlineData("[xlink|href]")]
    public void A_selector_it_does_not_read_is_always_searched(string selector) =>
        Assert.True(SelectorNeeds.Of(selector).MayMatch(PageFeatures.Of(new HtmlParser().ParseDocument("<p>x</p>"))!));

    [Fact]
    public void What_the_rules_add_after_the_first_query_is_found()
    {
        var page = Page();
        Assert.Empty(page.SelectAll("div.comment p, .replies, [data-depth]"));

        var comment = page.CreateElement("div");
        comment.ClassName = "comment";
        comment.AppendChild(page.CreateElement("p"));
        page.Body!.AppendChild(comment);
        page.QuerySelector(".lede")!.ClassList.Add("replies");
        page.QuerySelector("li")!.SetAttribute("data-depth", "1");

        Assert.Single(page.SelectAll("div.comment p"));
        Assert.NotNull(page.SelectFirst("p.replies"));
        Assert.NotNull(page.SelectFirst("[class*='replie']"));
        Assert.Single(page.SelectAll("li[data-depth]"));
    }

    [Fact]
    public void A_tree_not_in_the_page_is_searched()
    {
        var page = Page();
        var box = page.CreateElement("div");
        box.AppendChild(page.CreateElement("pre"));

        Assert.Empty(page.SelectAll("pre"));
        Assert.Single(box.SelectAll("pre"));
    }
}
