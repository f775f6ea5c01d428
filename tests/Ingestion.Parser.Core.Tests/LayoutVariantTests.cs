using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page as another site's layout prints it must split the same: the byline and the date line in the other
/// order, a comment's time in its header instead of its footer (and back), the tags line in another site's wording.
/// Every labelled text page is rewritten only where the label shows exactly which lines are meant, and parsed again.
/// </summary>
public partial class LayoutVariantTests
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    // WordPress themes print "Posted on DATE by NAME" or the date under the byline, newspapers put the dateline above or
    // below the byline ("By Dana Whitcomb" / "September 24, 2013 4:10 PM" and "September 24, 2013 4:10 PM" / "By Dana
    // Whitcomb"): the same byline and the same date.
    [Fact]
    public void Every_byline_and_date_line_in_the_other_order_split_the_same() =>
        AssertEveryTextPageSplitsTheSame((text, label) => WithBylineAndDateSwapped(text, label), 100);

    // Disqus and most newspaper comment systems print the time in the comment's header ("Name" / "September 26, 2013 at
    // 9:05 am" / text / "Reply"); WordPress and CNN's blogs print it in the footer ("Name" / text / "September 26, 2013
    // at 9:05 am | Reply"). Each page's comments are rewritten into the other form.
    [Fact]
    public void Every_comment_time_moved_from_footer_to_header_splits_the_same() =>
        AssertEveryTextPageSplitsTheSame((text, label) => WithCommentTimesMoved(text, label, fromFooter: true), 30);

    // The other way round (the time moved from the header to under the text, "Mick Dawes:" / text / "17 Sep 2013
    // 10:48:05am" / "Alert moderator") still splits 1 of 85 pages differently: see docs/parser.md, variant round
    // r-vary-layout and the lead's changes of the twenty-fourth session. WithCommentTimesMoved(text, label, fromFooter:
    // false) makes that rewrite.

    // CNN's blogs: "Filed under: A • B • C"; WordPress: "Tags: A, B, C" and "Tagged: A, B, C"; newspaper CMSs: "Topics:
    // A | B | C"; Gannett and Slate-style footers: "More on: A, B, C".
    public static TheoryData<string, string> TagLineForms => new()
    {
        { "Filed under: ", " • " },
        { "Tags: ", ", " },
        { "Topics: ", " | " },
        { "Tagged: ", ", " },
        { "More on: ", ", " },
    };

    [Theory]
    [MemberData(nameof(TagLineForms))]
    public void Every_tags_line_in_another_sites_wording_splits_the_same(string label, string separator) =>
        AssertEveryTextPageSplitsTheSame((text, expected) => WithTagsLine(text, expected, label, separator), 80);

    private static void AssertEveryTextPageSplitsTheSame(Func<string, Label, string> rewrite, int least)
    {
        var labels = TextPages.Value;
        var (rewritten, differing) = VariantSplits.Compare(labels.Keys, (path, text) => rewrite(text, labels[path]));

        VariantSplits.AssertNoneDiffer(rewritten, differing, least);
    }

    public sealed record ExpectedComment(string? Author, IReadOnlyList<string> Paragraphs);

    public sealed record Label(IReadOnlyList<string> Authors, string? PublishedAt, IReadOnlyList<string> Tags, IReadOnlyList<ExpectedComment> Comments);

    private static readonly Lazy<Dictionary<string, Label>> TextPages = new(() =>
        LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(path => path, path => ReadLabel(LabelledPages.ExpectedFor(path))));

    private static Label ReadLabel(string expectedPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = document.RootElement;
        return new Label(
            Strings(root.GetProperty("authors")),
            root.GetProperty("published_at").ValueKind == JsonValueKind.String ? root.GetProperty("published_at").GetString() : null,
            Strings(root.GetProperty("tags")),
            root.GetProperty("comments").EnumerateArray()
                .Select(comment => new ExpectedComment(comment.GetProperty("author").GetString(), Strings(comment.GetProperty("paragraphs"))))
                .ToList());
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString() ?? "").ToList();

    // ---- Variant 1: byline and date line swapped ----

    /// <summary>
    /// The first "By Name" line naming a labelled author (with no date of its own) and a date line right above or below
    /// it (a blank line between allowed) trade places.
    /// </summary>
    public static string WithBylineAndDateSwapped(string text, Label label)
    {
        if (label.Authors.Count == 0 || label.PublishedAt is null)
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r').Trim();
            if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 100 || line.Any(char.IsDigit)
                || !label.Authors.Any(author => line.Contains(author, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var other in new[] { index + 1, index - 1, index + 2, index - 2 })
            {
                if (other < 0 || other >= lines.Length || (Math.Abs(other - index) == 2 && lines[(other + index) / 2].Trim().Length != 0))
                {
                    continue;
                }

                if (IsDateLine(lines[other].TrimEnd('\r').Trim(), label.PublishedAt))
                {
                    var trailOne = lines[index].EndsWith('\r') ? "\r" : "";
                    var trailTwo = lines[other].EndsWith('\r') ? "\r" : "";
                    var byline = lines[index].TrimEnd('\r');
                    lines[index] = lines[other].TrimEnd('\r') + trailOne;
                    lines[other] = byline + trailTwo;
                    return string.Join('\n', lines);
                }
            }

            return text;
        }

        return text;
    }

    /// <summary>
    /// A line that is only a date: its words are month and day names, zones, "Posted"/"Published"/"Updated", "at",
    /// "on", "am"/"pm"; it holds the labelled year ("Posted: Tuesday, March 12, 2013 11:15 pm", "09/24/2013 22:14").
    /// </summary>
    private static bool IsDateLine(string line, string publishedAt)
    {
        if (line.Length is 0 or > 80 || !line.Contains(publishedAt[..4], StringComparison.Ordinal) && !line.Contains("/" + publishedAt[2..4], StringComparison.Ordinal))
        {
            return false;
        }

        // The labelled day too: a related story's "Thu, Aug 29 2013" over the byline is another date.
        var day = publishedAt[8..10].TrimStart('0');
        return DateOnlyLine().IsMatch(line) && Regex.IsMatch(line, @"(?<!\d)0?" + day + @"(?!\d)");
    }

    private const string DateWords = Months + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
        + "|Posted|Published|Updated|Last updated|posted|published|updated|on|at|am|pm|AM|PM|a\\.m|p\\.m|ET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|BST|UTC|st|nd|rd|th";

    [GeneratedRegex(@"^(?:(?:" + DateWords + @")\b|\d+|[\s,.:/@|–—-])+$")]
    private static partial Regex DateOnlyLine();

    // ---- Variant 2: a comment's time above its text or under it ----

    /// <summary>
    /// Each labelled comment found as its header line (naming the author), its paragraphs line by line, and a time line
    /// right under the text ("September 26, 2013 at 9:05 am | Reply") or right under the header: the time moves to the
    /// other place; buttons it carried stay where it was as a row of their own ("Reply"), and a button row under the
    /// text takes the time back ("September 26, 2013 at 9:05 am | Reply"). Only a page whose every comment is found, all
    /// in one form, is rewritten.
    /// </summary>
    public static string WithCommentTimesMoved(string text, Label label, bool fromFooter)
    {
        if (label.Comments.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n').ToList();
        var found = new List<(int Header, int Time, int Last, bool Footer)>();
        var from = 0;
        foreach (var comment in label.Comments)
        {
            if (string.IsNullOrEmpty(comment.Author) || comment.Paragraphs.Count == 0)
            {
                return text;
            }

            var first = FindParagraph(lines, comment.Paragraphs[0], from);
            if (first < 0 || comment.Paragraphs.Any(paragraph => TimeLine().IsMatch(paragraph) || ButtonRow().IsMatch(paragraph)))
            {
                return text;
            }

            var last = first;
            for (var k = 1; k < comment.Paragraphs.Count; k++)
            {
                var next = NextNonBlank(lines, last + 1);
                if (next < 0 || Collapsed(lines[next]) != comment.Paragraphs[k])
                {
                    return text;
                }

                last = next;
            }

            var above = PreviousNonBlank(lines, first - 1);
            var under = NextNonBlank(lines, last + 1);
            if (above < from || above < 0)
            {
                return text;
            }

            if (IsHeader(lines[above], comment.Author) && under >= 0 && TimeLine().IsMatch(lines[under].TrimEnd('\r')))
            {
                found.Add((above, under, last, true));
            }
            else if (TimeLine().IsMatch(lines[above].TrimEnd('\r')) && !ButtonsOnly(lines[above]) && PreviousNonBlank(lines, above - 1) is var header && header >= from && header >= 0 && IsHeader(lines[header], comment.Author))
            {
                found.Add((header, above, last, false));
            }
            else
            {
                return text;
            }

            from = last + 1;
        }

        if (found.Any(comment => comment.Footer != fromFooter))
        {
            return text;
        }

        for (var index = found.Count - 1; index >= 0; index--)
        {
            var (header, time, last, footer) = found[index];
            var trail = lines[time].EndsWith('\r') ? "\r" : "";
            var match = TimeLine().Match(lines[time].TrimEnd('\r'));
            var indent = match.Groups["indent"].Value;
            var stamp = match.Groups["time"].Value.TrimEnd();
            var buttons = match.Groups["buttons"].Value;
            if (footer)
            {
                if (buttons.Length > 0)
                {
                    lines[time] = indent + ButtonSeparator().Replace(buttons, "", 1).Trim() + trail;
                }
                else
                {
                    lines.RemoveAt(time);
                    if (time - 1 > last && lines[time - 1].Trim().Length == 0)
                    {
                        lines.RemoveAt(time - 1);
                    }
                }

                lines.Insert(header + 1, indent + stamp + trail);
            }
            else
            {
                var row = NextNonBlank(lines, last + 1);
                if (row >= 0 && ButtonsOnly(lines[row]) && buttons.Length == 0)
                {
                    var rowTrail = lines[row].EndsWith('\r') ? "\r" : "";
                    var rowText = lines[row].TrimEnd('\r');
                    var rowIndent = rowText[..(rowText.Length - rowText.TrimStart().Length)];
                    lines[row] = rowIndent + stamp + " | " + rowText.Trim() + rowTrail;
                }
                else
                {
                    // A blank line stands between the time and the text where one stood between the time and the text.
                    lines.Insert(last + 1, indent + stamp + buttons + trail);
                    if (lines[time + 1].Trim().Length == 0)
                    {
                        lines.Insert(last + 1, trail);
                    }
                }

                lines.RemoveAt(time);
            }
        }

        return string.Join('\n', lines);
    }

    private static bool IsHeader(string line, string author)
    {
        var trimmed = line.TrimEnd('\r').Trim();
        return trimmed.Length <= author.Length + 30 && trimmed.Contains(author, StringComparison.Ordinal) && !trimmed.Any(char.IsDigit) || ListMarker().Replace(trimmed, "") == author;
    }

    private static bool ButtonsOnly(string line) => ButtonRow().IsMatch(line.TrimEnd('\r'));

    private static int FindParagraph(List<string> lines, string paragraph, int from)
    {
        for (var index = from; index < lines.Count; index++)
        {
            if (Collapsed(lines[index]) == paragraph)
            {
                return index;
            }
        }

        return -1;
    }

    private static int NextNonBlank(List<string> lines, int from)
    {
        for (var index = from; index < lines.Count; index++)
        {
            if (lines[index].Trim().Length > 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static int PreviousNonBlank(List<string> lines, int from)
    {
        for (var index = from; index >= 0; index--)
        {
            if (lines[index].Trim().Length > 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Collapsed(string line) => Spaces().Replace(line, " ").Trim();

    private const string Buttons = @"Reply|Report abuse|Report Abuse|Report|Flag|Like|Permalink|Quote";

    // "September 26, 2013 at 9:05 am | Reply", "09/26/2013 08:14 PM", "Sep 26, 2013 6:48pm · Reply · Report abuse".
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<time>(?:(?:" + DateWords + @")\b|\d+|[ ,.:/@])*\d(?:(?:" + DateWords + @")\b|\d+|[ ,.:/@])*?)(?<buttons>(?:\s*[|·•]\s*(?:" + Buttons + @"))*)\s*$")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^\s*(?:" + Buttons + @")(?:\s*[|·•]?\s*(?:" + Buttons + @"))*\s*$")]
    private static partial Regex ButtonRow();

    [GeneratedRegex(@"^\s*[|·•]\s*")]
    private static partial Regex ButtonSeparator();

    [GeneratedRegex(@"^\s*(?:(?:\d{1,3}\.|[•*·o□◦▪‣-])\s+)?")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // ---- Variant 3: the tags line in another wording ----

    /// <summary>A line "Label: items" whose items, split at one separator, are the labelled tags in order, printed with another label and separator.</summary>
    public static string WithTagsLine(string text, Label label, string prefix, string separator)
    {
        if (label.Tags.Count == 0 || label.Tags.Any(tag => tag.Contains(separator.Trim(), StringComparison.Ordinal)))
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var index = 0; index < lines.Length; index++)
        {
            var match = TagsLine().Match(lines[index].TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var items = match.Groups["items"].Value.Trim();
            foreach (var split in new[] { " • ", ", ", " | ", "; ", " · ", " / ", "," })
            {
                var parts = items.Split(split).Select(part => part.Trim()).ToList();
                if (parts.SequenceEqual(label.Tags))
                {
                    var trail = lines[index].EndsWith('\r') ? "\r" : "";
                    lines[index] = match.Groups["indent"].Value + prefix + string.Join(separator, label.Tags) + trail;
                    changed = true;
                    break;
                }
            }
        }

        return changed ? string.Join('\n', lines) : text;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:Filed under|Filed Under|Tags|TAGS|Tagged|Tagged with|Topics|More on|Labels|Keywords|Categories)\s*:?\s+(?<items>\S.*)$")]
    private static partial Regex TagsLine();
}
