using System.Text.RegularExpressions;
using Xunit;
using ExpectedComment = Ingestion.Parser.Core.Tests.LabelledComments.Comment;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same comment as another comment system prints it must split the same. Every labelled text page with comments is
/// rewritten one way, only on the comment lines it recognises exactly, and parsed again; the comments field (authors,
/// times, parents, paragraphs) is the same comment and must come out the same.
/// </summary>
public partial class CommentVariantTests
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    // The date/action line under a comment, in the orders other systems print it. WordPress themes and CNN's blogs:
    // "September 27, 2013 at 8:47 pm | Reply"; threaded themes that put the link first: "Reply | September 27, 2013 at
    // 8:47 pm"; Echo/Pluck-style rows: "September 27, 2013 8:47 pm · Reply · Report abuse"; Movable Type / TypePad:
    // "Posted September 27, 2013 at 8:47 pm"; Telegraph-style rows with the clock first: "8:47 pm, September 27, 2013 |
    // Reply | Report".
    public static TheoryData<string> DateLineForms => new() { "{0} at {1} | Reply | Report abuse", "Reply | {0} at {1}", "{0} {1} · Reply · Report abuse", "Posted {0} at {1}", "{1}, {0} | Reply | Report" };

    [Theory]
    [MemberData(nameof(DateLineForms))]
    public void Every_comment_date_line_in_another_systems_order_splits_the_same(string form) =>
        AssertEveryCommentPageSplitsTheSame(text => DateActionLine().Replace(text, match =>
            match.Groups["indent"].Value + string.Format(System.Globalization.CultureInfo.InvariantCulture, form, match.Groups["date"].Value, match.Groups["clock"].Value)), 20);

    // "Name says:" (WordPress), "Name wrote:" (forums, Drupal, Gannett), "Name said..." (Blogger): the same header as the
    // bare "Name" and as each other.
    public static TheoryData<string> HeaderForms => new() { " says:", " wrote:", " said..." };

    [Theory]
    [MemberData(nameof(HeaderForms))]
    public void Every_comment_header_in_another_systems_wording_splits_the_same(string suffix) =>
        AssertEveryCommentPageSplitsTheSame((text, comments) => WithHeaders(text, comments, suffix), 100);

    // The bare name over the comment ("Name" alone, as Disqus, Facebook's plugin and many newspaper threads print it):
    // the same header as "Name says:", "Name wrote:" and "Name said...".
    [Fact]
    public void Every_comment_header_as_the_bare_name_splits_the_same() =>
        AssertEveryCommentPageSplitsTheSame((text, comments) => WithHeaders(text, comments, ""), 30);

    // Reader modes, Pocket and Instapaper exports and html2text with links dropped leave out a row of link-only buttons
    // ("Reply", "Reply | Report abuse", "Reply Report Abuse") and the "| Reply" link after a comment's date.
    [Fact]
    public void Every_comment_page_without_its_reply_and_report_buttons_splits_the_same() =>
        AssertEveryCommentPageSplitsTheSame(WithoutButtons, 100);

    private static void AssertEveryCommentPageSplitsTheSame(Func<string, string> rewrite, int least) =>
        AssertEveryCommentPageSplitsTheSame((text, _) => rewrite(text), least);

    private static void AssertEveryCommentPageSplitsTheSame(Func<string, IReadOnlyList<ExpectedComment>, string> rewrite, int least) =>
        LabelledComments.AssertEveryPageSplitsTheSame(rewrite, least);

    /// <summary>
    /// Each comment's header is the nearest non-blank line above its first paragraph that reads the author's name,
    /// bare or with "says:", "wrote:" or "said...", after the list's marker. Only a page where every comment's header
    /// is found, all in one wording, is rewritten.
    /// </summary>
    private static string WithHeaders(string text, IReadOnlyList<ExpectedComment> comments, string suffix)
    {
        var lines = text.Split('\n');
        var headers = new List<(int Line, int NameEnd, string Suffix)>();
        var from = 0;
        foreach (var comment in comments)
        {
            if (string.IsNullOrEmpty(comment.Author) || comment.Paragraphs.Count == 0)
            {
                return text;
            }

            var first = FindParagraph(lines, comment.Paragraphs[0], from);
            if (first < 0)
            {
                return text;
            }

            var header = FindHeader(lines, first, comment.Author, out var nameEnd, out var found);
            if (header < 0 || header < from || (headers.Count > 0 && found != headers[0].Suffix))
            {
                return text;
            }

            headers.Add((header, nameEnd, found));
            from = first + 1;
        }

        foreach (var (line, nameEnd, found) in headers)
        {
            var trail = lines[line].EndsWith('\r') ? "\r" : "";
            lines[line] = lines[line][..nameEnd] + suffix + trail;
        }

        // A removed comment keeps its header ("Anonymous said..." over "This comment has been removed by the author."),
        // under a listed author's name or another ("Anonymous wrote:" over "This comment has been removed."):
        // the same system prints it in the same wording.
        var wording = headers[0].Suffix;
        var names = comments.Select(comment => comment.Author + wording).ToHashSet(StringComparer.Ordinal);
        for (var index = headers[0].Line + 1; index < lines.Length && wording.Length > 0; index++)
        {
            var line = lines[index].TrimEnd('\r', ' ');
            var marker = ListMarker().Match(line);
            if (names.Contains(line[marker.Length..]) || (line.EndsWith(wording, StringComparison.Ordinal) && line.Length - marker.Length <= 40 && OverPlaceholder(lines, index)))
            {
                var trail = lines[index].EndsWith('\r') ? "\r" : "";
                lines[index] = line[..^wording.Length] + suffix + trail;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Drops every line that is only "Reply" / "Report" / "Report abuse" buttons (after the list's marker, separated by
    /// spaces, bars, middle dots or bullets, in any case: lynx and w3m print Drupal's "reply" link lowercase), unless the line is a comment's own paragraph (a reader's one-word answer "Reply"),
    /// and the "| Reply" / "| Report abuse" links after a comment's date.
    /// </summary>
    private static string WithoutButtons(string text, IReadOnlyList<ExpectedComment> comments)
    {
        var paragraphs = comments.SelectMany(comment => comment.Paragraphs).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (ButtonRow().IsMatch(line.TrimEnd('\r')) && !paragraphs.Contains(Collapsed(line)))
            {
                continue;
            }

            kept.Add(DateActionLine().Replace(line, match => match.Groups["indent"].Value + match.Groups["date"].Value + " at " + match.Groups["clock"].Value));
        }

        return string.Join('\n', kept);
    }

    /// <summary>Whether the next non-blank line is a removed comment's placeholder ("This comment has been removed.").</summary>
    private static bool OverPlaceholder(string[] lines, int index)
    {
        var next = index + 1;
        while (next < lines.Length && lines[next].Trim().Length == 0)
        {
            next++;
        }

        return next < lines.Length && lines[next].Contains("has been removed", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] HeaderSuffixes = [" says:", " wrote:", " said...", ""];

    private static int FindHeader(string[] lines, int paragraph, string author, out int nameEnd, out string suffix)
    {
        nameEnd = 0;
        suffix = "";
        var seen = 0;
        var below = paragraph;
        for (var index = paragraph - 1; index >= 0 && seen < 3; index--)
        {
            var line = lines[index].TrimEnd('\r', ' ');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // Only a time may stand between the header and the text ("• 2 hours ago"): a second name ("Disqus' replier
            // over the parent"), a town or a badge line makes the line above no header the wording is about.
            if (seen++ > 0 && !lines[below].Any(char.IsDigit))
            {
                return -1;
            }

            below = index;

            var marker = ListMarker().Match(line);
            var rest = line[marker.Length..];
            foreach (var candidate in HeaderSuffixes)
            {
                if (rest == author + candidate)
                {
                    nameEnd = marker.Length + author.Length;
                    suffix = candidate;
                    return index;
                }
            }
        }

        return -1;
    }

    private static int FindParagraph(string[] lines, string paragraph, int from)
    {
        for (var index = from; index < lines.Length; index++)
        {
            if (Collapsed(lines[index]) == paragraph)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Collapsed(string line) => Spaces().Replace(line, " ").Trim();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<date>(?:" + Months + @") \d{1,2}, \d{4}) at (?<clock>\d{1,2}:\d{2} (?:am|pm))(?: \| Reply| \| Report abuse)+(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex DateActionLine();

    [GeneratedRegex(@"^\s*(?:[•*·-]\s*)?(?:Reply|Report(?: [Aa]buse)?)(?:\s*[|·•]?\s*(?:Reply|Report(?: [Aa]buse)?))*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonRow();

    [GeneratedRegex(@"^\s*(?:(?:\d{1,3}\.|[•*·o□◦▪‣-])\s+)?")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
