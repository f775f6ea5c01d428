using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page as another scraper prints it must split the same. A page saved from HTML keeps a no-break space wherever
/// the markup had "&amp;nbsp;" (around separators, "Like · Reply"; after "By"; inside dates and clock times), and prints
/// an extra blank line for an empty element; a scraper that copies text nodes undecoded leaves the entities themselves.
/// Every labelled text page is rewritten so and parsed again.
/// </summary>
public partial class ScraperVariantTests
{
    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_no_break_spaces_where_html_puts_them() =>
        AssertEveryTextPageSplitsTheSame(WithNoBreakSpaces);

    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_every_blank_line_doubled() =>
        AssertEveryTextPageSplitsTheSame(text => text.Replace("\n\n", "\n\n\n", StringComparison.Ordinal));

    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_its_characters_left_as_entities() =>
        AssertEveryTextPageSplitsTheSame(text => WithNoBreakSpaces(text).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\u2019", "&#8217;", StringComparison.Ordinal).Replace("\u00e9", "&eacute;", StringComparison.Ordinal).Replace("\u00a0", "&nbsp;", StringComparison.Ordinal));

    private static void AssertEveryTextPageSplitsTheSame(Func<string, string> rewrite)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var (rewritten, differing) = VariantSplits.Compare(pages, (_, text) => rewrite(text));

        Assert.True(rewritten > pages.Count / 2, $"only {rewritten} of {pages.Count} pages had anything to rewrite");
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
