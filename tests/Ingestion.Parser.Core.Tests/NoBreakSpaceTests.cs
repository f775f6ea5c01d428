using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A page saved from HTML keeps a no-break space wherever the markup had "&amp;nbsp;": around separators ("Like · Reply"),
/// after "By", inside dates and clock times. Every labelled text page, so written, must split as it does with plain spaces.
/// </summary>
public partial class NoBreakSpaceTests
{
    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_no_break_spaces_where_html_puts_them()
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var differing = new List<string>();
        var rewritten = 0;
        foreach (var path in pages)
        {
            var text = File.ReadAllText(path);
            var saved = WithNoBreakSpaces(text);
            rewritten += saved == text ? 0 : 1;
            var name = Path.GetFileName(path);
            var plain = ParsedPageJson.Serialize(PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), name), name);
            var withNoBreak = ParsedPageJson.Serialize(PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(saved), name), name);
            if (plain != withNoBreak)
            {
                differing.Add(LabelledPages.Relative(path));
            }
        }

        Assert.True(rewritten > pages.Count / 2, $"only {rewritten} of {pages.Count} pages had a space to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Fact]
    public void A_byline_and_a_date_line_with_no_break_spaces_are_read()
    {
        var page = "Bridge reopens after repairs\n\nBy\u00a0Dana Whitcomb\nSept.\u00a024, 2013\u00a0at 4:10\u00a0p.m.\n\n"
            + "The bridge on Route 9 reopened to traffic on Tuesday after six weeks of repairs, the county said in a statement.\n\n"
            + "Crews replaced the deck and two of the bridge's supports, and the work finished a week early, officials said.\n";
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "bridge.txt");

        Assert.Equal(["Dana Whitcomb"], parsed.Authors);
        Assert.Equal("2013-09-24T16:10:00", parsed.PublishedAt);
    }

    private static string WithNoBreakSpaces(string text)
    {
        text = SpacedSeparator().Replace(text, "\u00a0$1\u00a0");
        text = ByPrefix().Replace(text, "By\u00a0");
        text = MonthDay().Replace(text, "$1$2\u00a0$3");
        return ClockHalf().Replace(text, "$1\u00a0$2");
    }

    [GeneratedRegex(@" ([·|•»›–—-]) ")]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"\bBy ")]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(\.?) (\d)")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(\d) (a\.m\.|p\.m\.|AM|PM|am|pm)")]
    private static partial Regex ClockHalf();
}
