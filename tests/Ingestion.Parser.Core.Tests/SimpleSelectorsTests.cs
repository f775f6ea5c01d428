using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SimpleSelectorsTests
{
    private const string Html = """
        <html><body>
          <div id="main" class="page article-body-wrap">
            <section id="user-comments" class="Comments">x</section>
            <div class="comments-area" data-testid="comments">y</div>
            <p class="entry-content lead" itemprop="articleBody">z</p>
            <div id="comments">w</div>
          </div>
        </body></html>
        """;

    public static TheoryData<string> Selectors =>
    [
        "#comments", "#main", "#Main", ".comments-area", ".comments", ".lead", ".Comments", "[data-testid='comments']", "[itemprop='articleBody']",
        "section[id*='comment']", "div[id*='comment']", "[class*='comments']", "[class*='article-body']", "[class*='Article']",
    ];

    [Theory]
    [MemberData(nameof(Selectors))]
    public void Finds_what_AngleSharp_finds_for_the_same_selector(string selector)
    {
        using var document = new HtmlParser().ParseDocument(Html);

        var found = new SimpleSelectors(selector).FirstMatch(document);

        Assert.Same(document.QuerySelector(selector), found);
    }

    [Fact]
    public void The_first_selector_that_matches_anything_wins_over_earlier_matches_of_later_ones()
    {
        using var document = new HtmlParser().ParseDocument(Html);

        var selectors = new SimpleSelectors("#comments", ".comments-area");

        Assert.Same(document.GetElementById("comments"), selectors.FirstMatch(document));
        Assert.Equal([document.GetElementById("comments"), document.QuerySelector(".comments-area")], selectors.FirstOfEach(document));
    }

    [Theory]
    [InlineData("article h1")]
    [InlineData("a[rel~='tag']")]
    [InlineData("[itemscope]")]
    public void Refuses_selectors_of_more_than_one_part(string selector) =>
        Assert.Throws<ArgumentException>(() => new SimpleSelectors(selector));
}
