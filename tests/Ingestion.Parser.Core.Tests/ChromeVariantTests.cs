using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Scrapers cut a page's region at different places: the same story with more or less of the site's chrome around it
/// must split the same. Every labelled text page gets a site menu over it, a site footer under it, or a "Most Popular"
/// rail before or after its comments, none of which names the site, and is parsed again.
/// </summary>
public partial class ChromeVariantTests
{
    // A local paper's menu printed one item a line (Blox and Brightspot text dumps), as one pipe-separated row (older
    // CMS templates), or as lynx/w3m print a <ul> ("  * Home"); each with the skip link and the search box's button.
    public static TheoryData<string> Menus => new()
    {
        "Skip to main content\n\nHome\nNews\nLocal\nSports\nWeather\nOpinion\nObituaries\nContact Us\nSearch\n\n",
        "Skip to main content\nHome | News | Sports | Business | Entertainment | Opinion\nSearch\n\n",
        "Skip to main content\n\n  * Home\n  * News\n  * Local\n  * Sports\n  * Weather\n  * Opinion\n  * Obituaries\n  * Contact Us\n\nSearch\n\n",
    };

    // A footer's links row with the "Back to top" link and a copyright notice that names no one, or a follow row and a
    // newsletter sign-up box (WordPress news themes, Gannett and Lee templates).
    public static TheoryData<string> Footers => new()
    {
        "\n\nAbout Us | Contact Us | Advertise | Privacy Policy | Terms of Use\nBack to top\nAll rights reserved.\n",
        "\n\nFollow us: Facebook | Twitter | RSS\nSign up for our daily newsletter\nEnter your email\nSubscribe\n",
    };

    private const string SkipLink = "Skip to main content";

    private const string Headlines = "Council approves budget for road repairs\nPolice identify driver killed in Route 9 crash\n"
        + "Tigers rally past Eagles in overtime\nStorm knocks out power to thousands of customers\nFarmers market moves to Saturday mornings\n";

    // A "Most Popular" or "Trending Now" rail of five headline links, which news templates print under the comment
    // section (and between the article and its comment heading: WithRailBeforeComments).
    public static TheoryData<string> Rails => new()
    {
        "Most Popular\n\n" + Headlines,
        "Trending Now\n\n" + Headlines,
    };

    // Not yet invariant: none of these rewrites. The rail between the article and the comment heading
    // (WithRailBeforeComments), left out in rounds r-vary-chrome and r-fix-menus, is asserted since round r-fix-rail
    // (docs/parser.md).

    [Theory]
    [MemberData(nameof(Menus))]
    public void Every_labelled_text_page_splits_the_same_under_a_site_menu(string menu) =>
        AssertEveryTextPageSplitsTheSame((text, label) => WithMenu(text, label, menu), 650);

    [Theory]
    [MemberData(nameof(Footers))]
    public void Every_labelled_text_page_splits_the_same_over_a_site_footer(string footer) =>
        AssertEveryTextPageSplitsTheSame((text, _) => WithFooter(text, footer), 600);

    [Theory]
    [MemberData(nameof(Rails))]
    public void Every_labelled_text_page_with_comments_splits_the_same_with_a_headline_rail_under_the_thread(string rail) =>
        AssertEveryTextPageSplitsTheSame((text, label) => WithRailAfterComments(text, label, rail), 400);

    [Theory]
    [MemberData(nameof(Rails))]
    public void Every_labelled_text_page_with_comments_splits_the_same_with_a_headline_rail_over_the_comment_heading(string rail) =>
        AssertEveryTextPageSplitsTheSame((text, label) => WithRailBeforeComments(text, label, rail), 400);

    private static void AssertEveryTextPageSplitsTheSame(Func<string, Label, string> rewrite, int least)
    {
        var labels = TextPages.Value;
        var (rewritten, differing) = VariantSplits.Compare(labels.Keys, (path, text) => rewrite(text, labels[path]));

        VariantSplits.AssertNoneDiffer(rewritten, differing, least);
    }

    public sealed record Label(string? Title, IReadOnlyList<string> Body, IReadOnlyList<string> FirstCommentParagraphs, int Comments);

    private static readonly Lazy<Dictionary<string, Label>> TextPages = new(() =>
        LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(path => path, path => ReadLabel(LabelledPages.ExpectedFor(path))));

    private static Label ReadLabel(string expectedPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = document.RootElement;
        var comments = root.GetProperty("comments").EnumerateArray().ToList();
        return new Label(
            root.GetProperty("title").GetString(),
            Strings(root.GetProperty("body_paragraphs")),
            comments.Count == 0 ? [] : Strings(comments[0].GetProperty("paragraphs")),
            comments.Count);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString() ?? "").ToList();

    private static string Newline(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static bool HasBlankLine(string text) => text.Contains("\n\n", StringComparison.Ordinal) || text.Contains("\n\r\n", StringComparison.Ordinal);

    /// <summary>
    /// The chrome in the page's own line endings; on a page printed with no blank line at all (a scraper that joined the
    /// text nodes with one newline each) the chrome has none either.
    /// </summary>
    private static string Fit(string chrome, string text)
    {
        if (!HasBlankLine(text))
        {
            chrome = BlankLines().Replace(chrome, "\n");
        }

        var newline = Newline(text);
        return newline == "\n" ? chrome : chrome.Replace("\n", newline, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();

    /// <summary>
    /// The skip link over the page's first line, the menu and the search button right over the headline's line (the
    /// first line that is the labelled title), under whatever the page prints above it (a masthead, a kicker); a page
    /// whose title is on no line of its own is left as it is.
    /// </summary>
    public static string WithMenu(string text, Label label, string menu)
    {
        if (string.IsNullOrEmpty(label.Title))
        {
            return text;
        }

        var lines = text.Split('\n').ToList();
        var title = IndexOf(lines, label.Title, 0);
        if (title < 0)
        {
            return text;
        }

        // The skip link is the first thing a dump of the whole page prints, over the masthead.
        var block = Fit(menu[SkipLink.Length..].TrimStart('\n'), text);
        lines.Insert(title, block[..^1]);
        return Fit(SkipLink + "\n\n", text) + string.Join('\n', lines);
    }

    /// <summary>The footer after everything the page printed.</summary>
    public static string WithFooter(string text, string footer)
    {
        // The chrome opens with its own line break: a page that ends with one has it already.
        var chrome = Fit(footer, text);
        return text + (text.EndsWith('\n') ? chrome[Newline(text).Length..] : chrome);
    }

    /// <summary>
    /// The rail right over the comment section's heading: the first short line naming comments ("soundoff (12
    /// Responses)", "Comments (7)", "4 thoughts on …", "Leave a Reply"; not the share bar's "Comment 86" button) after the
    /// last labelled body paragraph and before the first labelled comment's text, or a label over it. A page whose heading
    /// is not found so is left as it is.
    /// </summary>
    public static string WithRailBeforeComments(string text, Label label, string rail)
    {
        if (label.Comments == 0 || label.Body.Count == 0 || label.FirstCommentParagraphs.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n').ToList();
        var lastBody = LastIndexOf(lines, label.Body[^1]);
        var firstComment = IndexOf(lines, label.FirstCommentParagraphs[0], lastBody + 1);
        if (lastBody < 0 || firstComment < 0)
        {
            return text;
        }

        for (var index = lastBody + 1; index < firstComment; index++)
        {
            var line = lines[index].TrimEnd('\r').Trim();
            if (line.Length is > 0 and <= 160 && CommentHeading().IsMatch(line) && !ShareBarButton().IsMatch(line))
            {
                var block = Fit(rail + "\n", text);
                lines.Insert(index, block[..^1]);
                return string.Join('\n', lines);
            }
        }

        return text;
    }

    /// <summary>The rail after everything a page with comments printed, where the comment section's form ends it.</summary>
    public static string WithRailAfterComments(string text, Label label, string rail) =>
        label.Comments == 0 ? text : WithFooter(text, "\n\n" + rail);

    private static int IndexOf(List<string> lines, string paragraph, int from)
    {
        for (var index = Math.Max(from, 0); index < lines.Count; index++)
        {
            if (Collapsed(lines[index]) == paragraph)
            {
                return index;
            }
        }

        return -1;
    }

    private static int LastIndexOf(List<string> lines, string paragraph)
    {
        for (var index = lines.Count - 1; index >= 0; index--)
        {
            if (Collapsed(lines[index]) == paragraph)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Collapsed(string line) => Spaces().Replace(line, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A label over the heading belongs to it ("Conversation" / "88 Comments", "Letters" / "47 Comments", "Facebook social
    // plugin" / "Comments", "21 replies" / "Discussion", a comment system's name "… Social News" / "Comments (4)"): the
    // rail goes over both.
    [GeneratedRegex(@"^(?:Conversations?|Talkback|Livefyre|Letters|Facebook social plugin|\d+ replies|(?:\w+ )?Social News)$|^(?:\d+\s+)?(?:(?:Reader |User |Readers' )?Comments?\b|Responses?\b|Reactions?\b|Discussion\b|Leave a (?:Reply|Comment)|Post a (?:Reply|Comment)|Add (?:a|your) comment|Join the (?:discussion|conversation)|Have your say|Soundoff|soundoff)|\b(?:comments?|responses|thoughts on|replies to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeading();

    // The share bar's comment button with its count ("Share 1.2k" / "Tweet 341" / "Comment 86"), over the headline and
    // again under the text: a link to the thread, no heading over it.
    [GeneratedRegex(@"^Comment \d[\d.,]*k?$")]
    private static partial Regex ShareBarButton();
}
