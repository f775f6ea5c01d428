using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClosingLineHeadingTests
{
    private const string Paragraphs = """
        <p>When I passed my test I bought a tiny blue hatchback, which my brothers called the biscuit tin because it rattled on every corner.</p>
        <p>It carried me to college and back for six winters, and it never once refused to start on the frosty mornings up the hill.</p>
        <p>Last month it failed its final inspection, and I left it with the scrap dealer, who promised to find a home for its parts.</p>
        """;

    private static string Run(string html)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\"><div class=\"entry-content\">" + html + "</div></div></body></html>");
        var root = document.GetElementById("root")!;
        TrailingHeadingsInText.Remove(root);
        return Whitespace.Collapse(root.TextContent);
    }

    [Fact]
    public void A_lone_heading_closing_the_text_with_a_new_sentence_is_its_last_line()
    {
        var left = Run(Paragraphs + "<h2 class=\"wp-block-heading\">So for now, and probably for many months ahead, I shall be walking everywhere!</h2>");

        Assert.EndsWith("I shall be walking everywhere!", left, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_heading_repeating_the_texts_words_is_still_a_pull_quote()
    {
        var left = Run(Paragraphs + "<h2>It carried me to college and back for six winters.</h2>");

        Assert.DoesNotContain("for six winters.", left[^40..], StringComparison.Ordinal);
        Assert.EndsWith("find a home for its parts.", left, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_short_label_after_the_text_is_still_no_text()
    {
        var left = Run(Paragraphs + "<h2>Read more</h2>");

        Assert.DoesNotContain("Read more", left, StringComparison.Ordinal);
    }
}
