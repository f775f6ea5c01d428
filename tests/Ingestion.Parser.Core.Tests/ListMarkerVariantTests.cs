using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using ExpectedComment = Ingestion.Parser.Core.Tests.LabelledComments.Comment;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same thread and the same list as another text converter prints them must split the same. Text browsers and
/// converters print an HTML list's items each with its own marker by depth: <c>lynx -dump</c> "*", "+", "o", "#", "@";
/// <c>w3m -dump</c> "•", "◦", "▪"; <c>links -dump</c> "o", "*"; html2text "*" at every depth, two columns deeper each
/// level. A reply nested by indentation is indented by the converter's own width (lynx 3 or 5 columns, w3m 2 to 4,
/// html2text 2, a browser's copy a tab). Every labelled text page is rewritten so, only where its markers or its
/// indentation can be recognised exactly, and parsed again.
/// </summary>
public partial class ListMarkerVariantTests
{
    public static TheoryData<string> Converters => new() { "lynx", "w3m", "links", "html2text" };

    /// <summary>The marker each converter prints before a list item at each depth (the last repeats further down).</summary>
    private static string[] MarkersOf(string converter) => converter switch
    {
        "lynx" => ["*", "+", "o", "#", "@"],
        "w3m" => ["•", "◦", "▪"],
        "links" => ["o", "*"],
        _ => ["*"],
    };

    [Theory]
    [MemberData(nameof(Converters))]
    public void Every_bullet_marked_reply_in_another_converters_markers_splits_the_same(string converter) =>
        AssertEveryCommentPageSplitsTheSame((text, comments) => WithReplyMarkers(text, comments, converter), 20);

    public static TheoryData<int> IndentWidths => new() { 2, 3, 4, 8, 0 };

    /// <summary>Width 0 stands for one tab a level.</summary>
    [Theory]
    [MemberData(nameof(IndentWidths))]
    public void Every_thread_nested_by_indentation_reindented_splits_the_same(int width) =>
        AssertEveryCommentPageSplitsTheSame((text, comments) => Reindented(text, comments, width), 20);

    [Theory]
    [MemberData(nameof(Converters))]
    public void Every_bulleted_list_in_the_text_in_another_converters_marker_splits_the_same(string converter)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var (rewritten, differing) = VariantSplits.Compare(pages, (path, text) => WithBodyListMarkers(text, path, converter));

        VariantSplits.AssertNoneDiffer(rewritten, differing, 2);
    }

    private static void AssertEveryCommentPageSplitsTheSame(Func<string, IReadOnlyList<ExpectedComment>, string> rewrite, int least) =>
        LabelledComments.AssertEveryPageSplitsTheSame(rewrite, least);

    /// <summary>
    /// The thread's first line: the header over the first comment's first paragraph (the nearest line above it that
    /// holds the author's name, at most six lines up), else that paragraph's line; -1 when the paragraph is not found.
    /// </summary>
    private static int ThreadStart(string[] lines, IReadOnlyList<ExpectedComment> comments)
    {
        var first = comments[0];
        var paragraph = first.Paragraphs.Count > 0 ? first.Paragraphs[0] : null;
        var line = -1;
        for (var i = 0; i < lines.Length && paragraph is not null; i++)
        {
            if (Collapsed(lines[i]).Contains(paragraph, StringComparison.Ordinal))
            {
                line = i;
                break;
            }
        }

        if (line < 0 || string.IsNullOrEmpty(first.Author))
        {
            return line;
        }

        for (var i = line; i >= Math.Max(0, line - 6); i--)
        {
            if (lines[i].Contains(first.Author, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return line;
    }

    /// <summary>
    /// Rewrites the "•" before each item of the thread (its lines from the first comment's header down) to the
    /// converter's marker for the item's depth, the depth being the rank of its indentation among the thread's bullet
    /// lines (one column apart is one depth, as w3m centres table cells). Only a thread whose every list marker is "•"
    /// is rewritten; html2text's items also move to two columns a depth from the shallowest.
    /// </summary>
    private static string WithReplyMarkers(string text, IReadOnlyList<ExpectedComment> comments, string converter)
    {
        var lines = text.Split('\n');
        var start = ThreadStart(lines, comments);
        if (start < 0)
        {
            return text;
        }

        var items = new List<(int Line, int Indent, int Gap)>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (OtherListMarker().IsMatch(line))
            {
                return text;
            }

            if (BulletItem().Match(line) is { Success: true } item && !IsSeparatorRow(line[item.Length..]))
            {
                items.Add((i, item.Groups["indent"].Length, item.Groups["gap"].Length));
            }
        }

        if (items.Count == 0 || lines.Any(line => line.Contains('\t', StringComparison.Ordinal)))
        {
            return text;
        }

        var depths = Ranks(items.Select(item => item.Indent));
        var markers = MarkersOf(converter);
        var shallowest = items.Min(item => item.Indent);
        foreach (var (line, indent, gap) in items)
        {
            var depth = depths[indent];
            var marker = markers[Math.Min(depth, markers.Length - 1)];
            var newIndent = converter == "html2text" ? shallowest + (2 * depth) : indent;
            lines[line] = new string(' ', newIndent) + marker + new string(' ', gap) + lines[line][(indent + 1 + gap)..];
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// "• Reply • Share ›", "• 2 hours ago", "• 3 comments": a Disqus header's or button row's separator printed first
    /// (an empty vote count or a name on the line above), no list marker.
    /// </summary>
    private static bool IsSeparatorRow(string rest) =>
        rest.Contains('•', StringComparison.Ordinal) || rest.Contains('›', StringComparison.Ordinal) || char.IsAsciiDigit(rest[0]) || rest.TrimEnd('\r').EndsWith(" ago", StringComparison.Ordinal);

    /// <summary>Each indentation's depth: its rank among the distinct ones, one column apart counting as one.</summary>
    private static Dictionary<int, int> Ranks(IEnumerable<int> indents)
    {
        var ranks = new Dictionary<int, int>();
        var rank = -1;
        var previous = int.MinValue;
        foreach (var indent in indents.Distinct().Order())
        {
            if (indent != previous + 1)
            {
                rank++;
            }

            ranks[indent] = rank;
            previous = indent;
        }

        return ranks;
    }

    /// <summary>
    /// Re-indents the thread (its lines from the first comment's header down) at <paramref name="width"/> spaces a
    /// level (0: one tab), a line's level being the rank of its indentation among the thread's distinct indentations
    /// (unindented lines stay at the margin). Only a thread with a reply, indented lines, no tab and no two
    /// indentations one column apart (w3m's centred table cells, no nesting) is rewritten.
    /// </summary>
    private static string Reindented(string text, IReadOnlyList<ExpectedComment> comments, int width)
    {
        if (comments.All(comment => comment.Parent is null))
        {
            return text;
        }

        var lines = text.Split('\n');
        var start = ThreadStart(lines, comments);
        if (start < 0 || lines.Any(line => line.Contains('\t', StringComparison.Ordinal)))
        {
            return text;
        }

        var indents = new SortedSet<int>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0 && line[0] == ' ' && line.Trim().Length > 0)
            {
                indents.Add(line.Length - line.TrimStart(' ').Length);
            }
        }

        if (indents.Count == 0 || indents.Zip(indents.Skip(1)).Any(pair => pair.Second - pair.First == 1))
        {
            return text;
        }

        var levels = indents.Select((indent, index) => (indent, index + 1)).ToDictionary(pair => pair.indent, pair => pair.Item2);
        for (var i = start; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            var indent = lines[i].Length - trimmed.Length;
            if (indent > 0 && trimmed.TrimEnd('\r').Length > 0)
            {
                lines[i] = (width == 0 ? new string('\t', levels[indent]) : new string(' ', levels[indent] * width)) + trimmed;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Rewrites the marker of each item of a bulleted list in the text ("• item", "* item", "- item" on two or more
    /// lines in a row, each item's text a body paragraph without its marker) to the converter's first-level marker;
    /// html2text prints its items two columns in.
    /// </summary>
    private static string WithBodyListMarkers(string text, string path, string converter)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(LabelledPages.ExpectedFor(path)));
        var body = document.RootElement.GetProperty("body_paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n');
        var items = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            items[i] = BodyItem().Match(line) is { Success: true } item && body.Contains(Collapsed(item.Groups["text"].Value)) && !body.Contains(Collapsed(line));
        }

        var marker = MarkersOf(converter)[0];
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (items[i] && ((i > 0 && items[i - 1]) || (i + 1 < lines.Length && items[i + 1])))
            {
                var item = BodyItem().Match(lines[i]);
                lines[i] = (converter == "html2text" ? "  " : item.Groups["indent"].Value) + marker + " " + lines[i][item.Groups["text"].Index..];
                changed = true;
            }
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static string Collapsed(string text) => string.Join(' ', text.Split([' ', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<indent> *)•(?<gap> +)(?=\S)")]
    private static partial Regex BulletItem();

    /// <summary>A line opening with another list marker than "•" (w3m's and lynx's deeper markers, arrows, dashes).</summary>
    [GeneratedRegex(@"^\s*([◦▪□☆○■+*o#@↳↪└›»–-] |[↳↪└])")]
    private static partial Regex OtherListMarker();

    [GeneratedRegex(@"^(?<indent> *)[•*-] +(?<text>\S.*)$")]
    private static partial Regex BodyItem();
}
