using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page as a scraper prints it one line per block element with no blank line between must split the same:
/// BeautifulSoup's <c>get_text("\n", strip=True)</c>, Selenium's element text and some "innerText" exports print every
/// heading, paragraph, caption and list item on its own line and never a blank one. Every blank (whitespace-only) line
/// of a labelled text page is removed. Text-browser and converter dumps (lynx, w3m, links, elinks, html2text, pandoc,
/// markdown) and pages whose long lines are hard-wrapped are left out: those tools always print blank lines and wrap
/// their paragraphs, so no scraper prints them so.
/// </summary>
public partial class NoBlankLineVariantTests
{
    // Not asserted yet: of 436 labelled text pages the rewrite touches, 42 split differently before the round's rules,
    // 33 after (docs/parser.md, variant round r-vary-noblank) and 17 after round r-fix-noblank. Some cannot split the same by any rule: a blank line
    // was all that told a caption under its credit from the text's first paragraph ("Image Credit: …" / "Commuters wait
    // for a feeder bus …" / "Dubai: Residents …"), or a table's footnote from the next paragraph. To measure:
    // var (rewritten, differing) = Measure();

    [Fact]
    public void Every_blank_line_is_removed_and_its_line_ending_with_it()
    {
        Assert.Equal("Title\nBy Dana\nFirst.\nSecond.\n", WithoutBlankLines("Title\n\nBy Dana\n \t\nFirst.\n\n\nSecond.\n"));
        Assert.Equal("a\r\nb\r\n", WithoutBlankLines("a\r\n\r\nb\r\n"));
        Assert.Equal("a\nb", WithoutBlankLines("\n\na\nb"));
    }

    [Fact]
    public void A_text_browser_dump_or_a_hard_wrapped_page_is_left_out()
    {
        Assert.False(Rewritable("t01_lynx_dump.txt", "Title\n\nBody line of any length that goes on.\n"));
        Assert.False(Rewritable("t01_news.txt", "Title\n\n" + string.Join('\n', Enumerable.Repeat("word word word word word word word word word word word", 3)) + "\n"));
        Assert.True(Rewritable("t01_news.txt", "Title\n\n" + string.Join(' ', Enumerable.Repeat("word", 30)) + "\n"));
    }

    /// <summary>Every labelled text page a one-line-per-element scraper could have printed, its blank lines removed.</summary>
    public static (int Rewritten, List<string> Differing) Measure()
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal));
        return VariantSplits.Compare(pages, (path, text) => Rewritable(Path.GetFileName(path), text) ? WithoutBlankLines(text) : text);
    }

    /// <summary>
    /// Not a converter's dump by its name, and with at least one line wider than a terminal: a page whose every line
    /// with a space is 80 characters or shorter was wrapped by the tool that printed it.
    /// </summary>
    public static bool Rewritable(string fileName, string text) =>
        !ConverterDump().IsMatch(fileName) && !WrapVariantTests.IsTerminalDump(text);

    /// <summary>The text with every whitespace-only line (and its line break) removed; a final line break is kept.</summary>
    public static string WithoutBlankLines(string text)
    {
        var lines = text.Split('\n');
        var kept = lines.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        var ending = text.EndsWith('\n') && kept.Count > 0 ? "\n" : "";
        return string.Join('\n', kept) + ending;
    }

    [GeneratedRegex(@"lynx|w3m|links|elinks|html2text|pandoc|markdown", RegexOptions.IgnoreCase)]
    private static partial Regex ConverterDump();
}

