using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ConditionalBlockWithProseTests
{
    private static ParsedPage Parse(string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html ng-app="site"><head><title>Choosing a database for a small team - Stackyard</title>
        <meta property="og:site_name" content="Stackyard"></head><body><div class="page" ng-if="posts[0].id == 77">
        <div class="title" ng-if="posts[0].kind != 'guide'"><h1>Choosing a database for a small team</h1></div>
        <div class="byline" ng-if="posts[0].kind != 'guide'">by <a href="/users/5/mirela">Mirela Vantongeren</a></div>
        <div class="tools"><span class="views">{{ posts[0].views | count }}</span> Views <a ng-click="edit()">{{ posts[0].locked ? 'Unlock' : 'Lock' }}</a></div>
        {{{body}}}
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_server_rendered_page_keeps_the_conditional_blocks_holding_its_text_and_headline()
    {
        var page = Parse("""
            <div ng-if="!edition || posts[0].kind != 'guide'"><div class="content-html">
            <p>Most small teams pick the database their last project used, and that is rarely the wrong choice to make.</p>
            <p>A second engine doubles the backups, the upgrades and the on-call knowledge that two people have to keep fresh.</p>
            </div></div>
            """);

        Assert.Equal("Choosing a database for a small team", page.Title);
        Assert.Equal(["Mirela Vantongeren"], page.Authors);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Most small teams pick", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conditional_block_of_a_few_words_is_no_prose()
    {
        var html = """<html><body><div ng-if="page.editMode"><h2>Editing this page</h2><p>Changes are saved as a draft.</p></div></body></html>""";
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.False(ConditionalBlockWithProse.Is(document.QuerySelector("div")!));
    }
}
