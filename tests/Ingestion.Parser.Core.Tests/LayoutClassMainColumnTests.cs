using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LayoutClassMainColumnTests
{
    private const string Text =
        "<p>I have not used a loyalty card in six years. I am no hermit; I simply pay cash at the market on Dover Street and keep my receipts in a tin.</p>"
        + "<p>But the chains still know what I buy, because the bank that clears my neighbour's card sees the same till, the same minute and the same basket.</p>"
        + "<p>That is the point of this post: opting out of a scheme is not the same as being left out of its records.</p>";

    private static ParsedPage Parse(string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why My Receipts Still Follow Me | Harbour Rights Council</title></head><body>
        <header><a href="/">Harbour Rights Council</a></header>
        {{body}}
        <footer><p>© 2018 Harbour Rights Council</p></footer>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_wrapper_whose_class_names_a_layout_with_a_sidebar_holds_the_text()
    {
        var page = Parse($"""
            <div class="panel-display panel-two-col-sidebar-right-mix">
            <div class="pane-node-title"><h1>Why My Receipts Still Follow Me</h1></div>
            <div class="pane-description description">{Text}</div>
            <div class="panel-right sidebar-right"><div class="promo-text">Stand up for privacy - give to the council today.</div></div>
            </div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("I have not used a loyalty card", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("give to the council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sidebar_holding_the_site_names_heading_and_little_text_still_goes()
    {
        var page = Parse($"""
            <div class="sidebar"><h1>Harbour Rights Council</h1><p>A volunteer group that has watched the harbour's cameras and records since 1998, and says so.</p></div>
            <div class="main"><h2>Why My Receipts Still Follow Me</h2>{Text}</div>
            """);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("volunteer group", StringComparison.Ordinal));
    }
}
