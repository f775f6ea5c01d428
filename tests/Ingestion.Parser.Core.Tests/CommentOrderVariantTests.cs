using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same thread printed newest first must split into the same comments. Disqus ("Sort by Newest"), Facebook's
/// comments plugin ("Sort by: Newest"), Livefyre and many newspaper systems print the top-level comments newest first,
/// each reply still under its parent. Every labelled text page whose comment blocks can be cut exactly is rewritten with
/// its top-level blocks in reverse order; since `ordinal` is page order, the original split is renumbered the same way
/// (each `parent` mapped through the renumbering) before it is compared, and every other field must be the same.
/// </summary>
public partial class CommentOrderVariantTests
{
    [Fact]
    public void Every_labelled_thread_printed_newest_first_splits_into_the_same_comments()
    {
        var (rewritten, differing) = Compare();

        VariantSplits.AssertNoneDiffer(rewritten, differing, 100);
    }

    [Fact]
    public void A_thread_is_cut_into_top_level_blocks_with_their_replies_and_footers()
    {
        var text = "Comments (3)\n\nAnna Berg\nFirst text.\nMay 2, 2013 | Reply\n\n  Carl Dunn\n  Reply text.\n  May 3, 2013 | Reply\n\nEli Fox\nLast text.\nMay 4, 2013 | Reply\n\nLeave a reply\n";
        var comments = new List<Comment> { new(1, null, "Anna Berg", ["First text."]), new(2, 1, "Carl Dunn", ["Reply text."]), new(3, null, "Eli Fox", ["Last text."]) };

        var variant = NewestFirst(text, comments);

        Assert.NotNull(variant);
        Assert.Equal("Comments (3)\n\nEli Fox\nLast text.\nMay 4, 2013 | Reply\n\nAnna Berg\nFirst text.\nMay 2, 2013 | Reply\n\n  Carl Dunn\n  Reply text.\n  May 3, 2013 | Reply\n\nLeave a reply\n", variant.Value.Text);
        Assert.Equal([3, 1, 2], variant.Value.Order);
    }

    [Fact]
    public void A_thread_whose_last_footer_cannot_be_told_is_left_alone()
    {
        var text = "Anna Berg\nFirst text.\nMay 2, 2013 | Reply\n\nEli Fox\nLast text.\nLeave a reply\n";
        var comments = new List<Comment> { new(1, null, "Anna Berg", ["First text."]), new(2, null, "Eli Fox", ["Last text."]) };

        Assert.Null(NewestFirst(text, comments));
    }

    /// <summary>Rewrites every labelled text page it can and compares the splits after renumbering.</summary>
    private static (int Rewritten, List<string> Differing) Compare()
    {
        var differing = new List<string>();
        var rewritten = 0;
        foreach (var path in LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var comments = ReadComments(LabelledPages.ExpectedFor(path));
            if (comments.Count(comment => comment.Parent is null) < 2)
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var variant = NewestFirst(text, comments);
            if (variant is null)
            {
                continue;
            }

            rewritten++;
            var before = Renumbered(LabelledPages.SplitAsJson(text, path), variant.Value.Order);
            var after = JsonNode.Parse(LabelledPages.SplitAsJson(variant.Value.Text, path))!.ToJsonString();
            var flat = comments.All(comment => comment.Parent is null) ? "flat" : "replies";
            if (before != after)
            {
                differing.Add(LabelledPages.Relative(path) + $" ({flat}): " + VariantSplits.DifferingFields(before, after));
            }
        }

        return (rewritten, differing);
    }

    internal sealed record Comment(int Ordinal, int? Parent, string? Author, IReadOnlyList<string> Paragraphs);

    private static List<Comment> ReadComments(string expectedPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        return document.RootElement.GetProperty("comments").EnumerateArray()
            .Select(comment => new Comment(
                comment.GetProperty("ordinal").GetInt32(),
                comment.GetProperty("parent").ValueKind == JsonValueKind.Number ? comment.GetProperty("parent").GetInt32() : null,
                comment.GetProperty("author").GetString(),
                comment.GetProperty("paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString() ?? "").ToList()))
            .ToList();
    }

    /// <summary>The original split with its comments in the variant's page order: renumbered, each parent mapped the same way.</summary>
    private static string Renumbered(string json, int[] order)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var comments = root["comments"]!.AsArray();
        if (comments.Count != order.Length)
        {
            return root.ToJsonString();
        }

        var newOrdinal = new Dictionary<int, int>();
        for (var index = 0; index < order.Length; index++)
        {
            newOrdinal[order[index]] = index + 1;
        }

        var reordered = new JsonArray();
        for (var index = 0; index < order.Length; index++)
        {
            var comment = comments[order[index] - 1]!.DeepClone().AsObject();
            comment["ordinal"] = index + 1;
            if (comment["parent"] is JsonValue parent && parent.TryGetValue<int>(out var old))
            {
                comment["parent"] = newOrdinal[old];
            }

            reordered.Add(comment);
        }

        root["comments"] = reordered;
        return root.ToJsonString();
    }

    /// <summary>
    /// The page with its top-level comment blocks in reverse order, and the old ordinals in the new page order; null
    /// when a block cannot be cut exactly. A block runs from its header (the name line, and the lines above it that stand
    /// above every top-level name in the same shape, as a date printed over the name) through its replies to its last
    /// footer (the lines under the last paragraph up to the next header). The last block's footer is taken only when every
    /// other block's footer has as many lines and each of its lines has the shape of an earlier footer's line.
    /// </summary>
    internal static (string Text, int[] Order)? NewestFirst(string text, IReadOnlyList<Comment> comments)
    {
        var lines = text.Split('\n');
        var first = new int[comments.Count];
        var last = new int[comments.Count];
        var name = new int[comments.Count];
        var from = 0;
        var signedUnder = false;
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            if (string.IsNullOrEmpty(comment.Author) || comment.Paragraphs.Count == 0)
            {
                return null; // no author or text
            }

            var at = from;
            for (var p = 0; p < comment.Paragraphs.Count; p++)
            {
                at = FindParagraph(lines, comment.Paragraphs[p], at);
                if (at < 0)
                {
                    return null; // paragraph not found
                }

                if (p == 0)
                {
                    first[i] = at;
                }

                last[i] = at;
                at++;
            }

            // A comment signed under its text ("Posted by: Name | date", "From Name, City") is cut from its text down.
            name[i] = FindName(lines, first[i], comment.Author, i == 0 ? -1 : last[i - 1]);
            var signed = name[i] < 0 && SignedBelow(lines, last[i], comment.Author);
            if ((name[i] < 0 && !signed) || (i > 0 && signed != signedUnder))
            {
                return null; // name not found
            }

            signedUnder = signed;
            if (signed)
            {
                name[i] = first[i];
            }

            from = last[i] + 1;
        }

        var tops = Enumerable.Range(0, comments.Count).Where(i => comments[i].Parent is null).ToList();
        if (tops.Count < 2 || tops[0] != 0)
        {
            return null; // first comment not top-level
        }

        // Every reply's parent is in its own block.
        for (var b = 0; b < tops.Count; b++)
        {
            var end = b + 1 < tops.Count ? tops[b + 1] : comments.Count;
            for (var i = tops[b] + 1; i < end; i++)
            {
                if (comments[i].Parent is not int parent || parent - 1 < tops[b] || parent - 1 >= i)
                {
                    return null; // reply outside its block
                }
            }
        }

        // The lines over the first name that stand over every top-level name in the same shape are the header's.
        var above = 0;
        while (above < 2)
        {
            var over = NonBlankAbove(lines, name[0], above + 1, -1);
            if (over < 0)
            {
                break;
            }

            var everywhere = tops.Skip(1).All(i =>
            {
                var line = NonBlankAbove(lines, name[i], above + 1, last[i - 1]);
                return line >= 0 && Alike(lines[line], lines[over]);
            });
            if (!everywhere)
            {
                break;
            }

            above++;
        }

        var start = tops.Select(i => above == 0 ? name[i] : NonBlankAbove(lines, name[i], above, i == 0 ? -1 : last[i - 1])).ToList();

        // Every top-level header starts in one indent and list marker ("  • Guest_Renter" is no header like "    Sam Okoro"
        // under a "  • " / "Avatar" the other comments lack: that block's start is unknown).
        if (start.Any(line => line < 0) || start.Select(line => Digits().Replace(Marker().Match(lines[line]).Value, "0")).Distinct().Count() > 1)
        {
            return null; // headers in different indents
        }

        // Footers of the blocks but the last: the non-blank lines between a block's last paragraph and the next header.
        var footers = new List<List<int>>();
        for (var b = 0; b + 1 < tops.Count; b++)
        {
            var lastComment = tops[b + 1] - 1;
            footers.Add(Enumerable.Range(last[lastComment] + 1, start[b + 1] - last[lastComment] - 1).Where(index => lines[index].Trim().Length > 0).ToList());
        }

        // Any comment's footer, a reply's too, shows the template's lines ("Reply · Like · 9 · Follow Post · date" on a
        // top-level comment, without "Follow Post" on a reply).
        var anyFooter = Enumerable.Range(0, comments.Count - 1).Select(i => Enumerable.Range(last[i] + 1, Math.Max(0, name[i + 1] - last[i] - 1))
            .Where(index => lines[index].Trim().Length > 0).ToList()).Concat(footers).ToList();

        // The last block's footer: as many lines as every other block's, each like the same line of another footer; where
        // the footers differ in length ("Show 2 more replies" under one), the lines like any footer line, no fewer than the
        // shortest footer has and no more than the longest.
        var count = footers[0].Count;
        var even = footers.All(footer => footer.Count == count);
        var least = footers.Min(footer => footer.Count);
        var most = footers.Max(footer => footer.Count);

        // Uneven footers are taken only when each of their lines is a template line (like another footer line) or a link
        // to more replies ("Show 2 more replies", "View 3 more"): a subject line over the next comment's text ("Loved the
        // last drive") is no footer, and the block's start is then unknown.
        if (!even && footers.Any(footer => footer.Any(line => !MoreReplies().IsMatch(lines[line])
                && !anyFooter.Any(other => other.Any(candidate => candidate != line && Alike(lines[candidate], lines[line]))))))
        {
            return null; // uneven footers with a line of their own
        }

        var finalEnd = last[^1];
        for (var f = 0; f < most; f++)
        {
            var next = finalEnd + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0)
            {
                next++;
            }

            var alike = next < lines.Length && (even
                ? anyFooter.Any(footer => footer.Count > f && Alike(lines[footer[f]], lines[next]))
                : anyFooter.Any(footer => footer.Any(line => Alike(lines[line], lines[next]))));
            if (!alike)
            {
                if (f < least)
                {
                    return null; // the last block's footer cannot be told
                }

                break;
            }

            finalEnd = next;
        }

        // The blank lines between the first two blocks separate the reversed ones.
        var firstEnd = start[1] - 1;
        while (firstEnd > start[0] && lines[firstEnd].Trim().Length == 0)
        {
            firstEnd--;
        }

        var separator = lines[(firstEnd + 1)..start[1]];
        var blocks = new List<string[]>();
        for (var b = 0; b < tops.Count; b++)
        {
            var end = b + 1 < tops.Count ? start[b + 1] - 1 : finalEnd;
            while (end > start[b] && lines[end].Trim().Length == 0)
            {
                end--;
            }

            blocks.Add(lines[start[b]..(end + 1)]);
        }

        var result = new List<string>(lines.Length);
        result.AddRange(lines[..start[0]]);
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            result.AddRange(blocks[b]);
            if (b > 0)
            {
                result.AddRange(separator);
            }
        }

        result.AddRange(lines[(finalEnd + 1)..]);
        var order = new List<int>();
        for (var b = tops.Count - 1; b >= 0; b--)
        {
            var end = b + 1 < tops.Count ? tops[b + 1] : comments.Count;
            for (var i = tops[b]; i < end; i++)
            {
                order.Add(comments[i].Ordinal);
            }
        }

        return (string.Join('\n', result), order.ToArray());
    }

    /// <summary>The nearest of the three non-blank lines over a comment's first paragraph that holds its author's name.</summary>
    private static int FindName(string[] lines, int paragraph, string author, int floor)
    {
        var seen = 0;
        for (var index = paragraph - 1; index > floor && seen < 3; index--)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            seen++;
            if (lines[index].Contains(author, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether one of the two non-blank lines under a comment's last paragraph holds its author's name.</summary>
    private static bool SignedBelow(string[] lines, int paragraph, string author)
    {
        var seen = 0;
        for (var index = paragraph + 1; index < lines.Length && seen < 2; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            seen++;
            if (lines[index].Contains(author, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The n-th non-blank line over a line, above the floor; -1 when there is none.</summary>
    private static int NonBlankAbove(string[] lines, int line, int n, int floor)
    {
        for (var index = line - 1; index > floor; index--)
        {
            if (lines[index].Trim().Length > 0 && --n == 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static int FindParagraph(string[] lines, string paragraph, int from)
    {
        for (var index = from; index < lines.Length; index++)
        {
            if (Spaces().Replace(lines[index], " ").Trim() == paragraph)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether two lines are the same template line: the same but for their numbers ("Recommend? (12)"), or both
    /// numbered and of one shape (two dates). Two different words ("Link", "Unthreaded") are not alike.
    /// </summary>
    private static bool Alike(string one, string two) =>
        Digits().Replace(one.Trim(), "0") == Digits().Replace(two.Trim(), "0")
        || (one.Any(char.IsDigit) && two.Any(char.IsDigit) && Shape(one) == Shape(two));

    /// <summary>A line's shape: its runs of words and of digits, spaces dropped ("Posted by: Jim Smith | May 2, 2013" and "Posted by: Ann | June 14, 2013" alike).</summary>
    private static string Shape(string line)
    {
        var shape = new StringBuilder();
        foreach (var character in line.Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                continue;
            }

            // A name's own punctuation ("R. Thibodeau", "glendale_native", "O'Neill") is part of its word.
            var inWord = (character is '.' or '_' or '\'' or '-') && shape.Length > 0 && shape[^1] == 'a';
            var kind = char.IsLetter(character) || inWord ? 'a' : char.IsDigit(character) ? '0' : character;
            if (shape.Length == 0 || shape[^1] != kind || (kind != 'a' && kind != '0'))
            {
                shape.Append(kind);
            }
        }

        return shape.ToString();
    }

    [GeneratedRegex(@"^\s*(?:(?:\d{1,3}\.|[•*·o□◦▪‣○☆-])\s+)?")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:View|Show|Load) (?:all )?\d+ more(?: repl(?:y|ies))?\s*$")]
    private static partial Regex MoreReplies();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
