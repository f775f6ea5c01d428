using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same thread as a comment plugin prints it must split the same. Disqus, Livefyre and the Facebook plugin print a
/// comment's time as its age ("2 days ago", "3 hours ago", "a year ago"), where a paper's own system prints the date and
/// clock. Each labelled text page's comment times (a date and clock, or a date alone, that read as exactly the labelled
/// <c>posted_at</c> of one of its comments and not as the story's <c>published_at</c>) are rewritten as their age at a
/// moment two days after the last comment; by the field rules those comments' <c>posted_at</c> become null, every other
/// field stays as it was.
/// </summary>
public partial class RelativeAgeVariantTests
{
    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_its_comment_times_printed_as_ages()
    {
        var (touched, differing) = Run();

        Assert.True(touched >= 200, $"only {touched} pages had a comment time to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Fact]
    public void A_comment_time_is_printed_as_its_age_and_other_times_are_not()
    {
        var now = new DateTime(2013, 9, 30, 23, 0, 0);
        var commentTimes = new HashSet<string> { "2013-09-28T22:09", "2013-09-26" };
        Assert.Equal("by OldGold1984 2 days ago", RewriteLine("by OldGold1984 on Sep 28, 2013 | 10:09 PM", commentTimes, now));
        Assert.Equal("2 days ago | Reply", RewriteLine("September 28, 2013 at 10:09 pm | Reply", commentTimes, now));
        Assert.Equal("Posted 4 days ago", RewriteLine("Posted on September 26, 2013", commentTimes, now));
        // A feed's RFC 822 time keeps no offset behind the age ("Comment by Name 2 days ago", not "… ago +0000").
        Assert.Equal("Comment by Walt Pressley 2 days ago", RewriteLine("Comment by Walt Pressley on Sat, 28 Sep 2013 22:09:11 +0000", commentTimes, now));
        Assert.Equal("3 hours ago", Age(new DateTime(2013, 9, 30, 19, 40, 0), now));
        Assert.Equal("a year ago", Age(new DateTime(2012, 8, 1), now));
        // The story's time, or another comment's time than the labelled ones, stays as printed.
        Assert.Equal("Posted: September 28, 2013 at 9:15 pm", RewriteLine("Posted: September 28, 2013 at 9:15 pm", commentTimes, now));
    }

    /// <summary>Rewrites every text page's comment times, parses both, compares after nulling the rewritten comments' times.</summary>
    private static (int Touched, List<string> Differing) Run()
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var differing = new List<string>();
        var touched = 0;
        foreach (var path in pages)
        {
            var label = JsonNode.Parse(File.ReadAllText(LabelledPages.ExpectedFor(path)))!;
            var published = Key(label["published_at"]);
            var commentTimes = label["comments"]!.AsArray().Select(comment => Key(comment!["posted_at"])).OfType<string>()
                .Where(key => key != published).ToHashSet();
            if (commentTimes.Count == 0)
            {
                continue;
            }

            // The moment the page was saved: two days after its last comment.
            var now = commentTimes.Select(key => DateTime.Parse(key, CultureInfo.InvariantCulture)).Max().AddDays(2);
            var text = File.ReadAllText(path);
            // The plugins' English ages on English pages only: "2 giorni fa" is another rewrite.
            if (EnglishWord().Count(text) < 5)
            {
                continue;
            }

            var lines = text.Split('\n');
            var changed = new List<(string Before, string After)>();
            var width = lines.Max(line => line.TrimEnd('\r').Length);
            for (var i = 0; i < lines.Length; i++)
            {
                var after = RewriteLine(lines[i], commentTimes, now);
                if (after != lines[i] && !(width <= 80 && after.TrimEnd('\r').Length > width))
                {
                    changed.Add((Collapsed(lines[i]), Collapsed(after)));
                    lines[i] = after;
                }
            }

            if (changed.Count == 0)
            {
                continue;
            }

            touched++;
            var variant = string.Join('\n', lines);
            changed.Sort((a, b) => b.Before.Length.CompareTo(a.Before.Length));
            var rewrittenTimes = RewrittenKeys(text, commentTimes, now);
            var expected = Normal(Map(JsonNode.Parse(LabelledPages.SplitAsJson(text, path))!, changed, rewrittenTimes));
            var actual = Normal(JsonNode.Parse(LabelledPages.SplitAsJson(variant, path))!);
            if (expected != actual)
            {
                differing.Add(LabelledPages.Relative(path));
            }
        }

        return (touched, differing);
    }

    /// <summary>The local date and minute of a labelled time ("2013-09-28T22:09"), or its date alone; null for none.</summary>
    private static string? Key(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var iso) ? (iso.Length >= 16 ? iso[..16] : iso[..10]) : null;

    private static string? Key(PageTime time) =>
        time.Date is not { } date || time.Relative ? null
        : time.Time is { } clock ? $"{date:yyyy-MM-dd}T{clock:HH:mm}" : $"{date:yyyy-MM-dd}";

    private static HashSet<string> RewrittenKeys(string text, HashSet<string> commentTimes, DateTime now)
    {
        var keys = new HashSet<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= 160)
            {
                foreach (Match match in TimeSegment().Matches(line))
                {
                    if (CommentTimeKey(match.Value, commentTimes) is { } key)
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        return keys;
    }

    private static string? CommentTimeKey(string segment, HashSet<string> commentTimes) =>
        DateLineParser.TryParseLine(segment, out var time) && Key(time) is { } key && commentTimes.Contains(key) ? key : null;

    internal static string RewriteLine(string line, HashSet<string> commentTimes, DateTime now)
    {
        if (line.Length > 160)
        {
            return line;
        }

        return TimeSegment().Replace(line, match =>
        {
            if (CommentTimeKey(match.Value, commentTimes) is not { } key)
            {
                return match.Value;
            }

            var age = Age(DateTime.Parse(key, CultureInfo.InvariantCulture), now);
            // "by name on Sep 28, 2013": an age takes no "on" or "at" before it ("by name 2 days ago").
            return match.Groups["join"].Success ? " " + age : age;
        });
    }

    /// <summary>The age as Disqus prints it: "5 minutes ago", "an hour ago", "3 hours ago", "a day ago", "2 months ago", "a year ago".</summary>
    internal static string Age(DateTime then, DateTime now)
    {
        var span = now - then;
        return span.TotalMinutes < 60 ? Count((int)span.TotalMinutes, "minute")
            : span.TotalHours < 24 ? Count((int)span.TotalHours, "hour")
            : span.TotalDays < 30 ? Count((int)span.TotalDays, "day")
            : span.TotalDays < 365 ? Count((int)(span.TotalDays / 30), "month")
            : Count((int)(span.TotalDays / 365), "year");

        static string Count(int n, string unit) => n <= 1 ? (unit == "hour" ? "an hour ago" : $"a {unit} ago") : $"{n} {unit}s ago";
    }

    private static JsonNode Map(JsonNode node, List<(string Before, string After)> changed, HashSet<string> rewrittenTimes)
    {
        string Rewrite(string printed)
        {
            foreach (var (before, after) in changed)
            {
                if (before.Length > 0 && printed.Contains(before, StringComparison.Ordinal))
                {
                    return printed.Replace(before, after, StringComparison.Ordinal);
                }
            }

            return printed;
        }

        foreach (var field in new[] { "title", "site" })
        {
            if (node[field] is JsonValue value && value.TryGetValue<string>(out var s))
            {
                node[field] = Rewrite(s);
            }
        }

        foreach (var array in new[] { node["body_paragraphs"]!.AsArray(), node["captions"]!.AsArray() })
        {
            for (var i = 0; i < array.Count; i++)
            {
                array[i] = Rewrite(array[i]!.GetValue<string>());
            }
        }

        foreach (var comment in node["comments"]!.AsArray())
        {
            var paragraphs = comment!["paragraphs"]!.AsArray();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                paragraphs[i] = Rewrite(paragraphs[i]!.GetValue<string>());
            }

            if (Key(comment["posted_at"]) is { } key && rewrittenTimes.Contains(key))
            {
                comment["posted_at"] = null;
            }
        }

        return node;
    }

    private static string Normal(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Collapsed(string line) => Whitespace().Replace(line, " ").Trim();

    [GeneratedRegex(@"\b(?:the|and|of)\b")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Whitespace();

    // A date, its clock and zone in either order: "Sep 28, 2013 | 10:09 PM", "September 26, 2013 at 9:05 am",
    // "3/10/2011 9:48 PM PST", "2013-09-28 22:09", "10:09 PM, Sep 28, 2013", "Tuesday, 24 September 2013 16:40", or a
    // date alone; an "on" or "at" before it is taken with it.
    [GeneratedRegex(@"(?<join> (?:on|at) )?(?<![\w/.:-])(?:(?<date>(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}))(?:(?:,? at |, | \| | - | @ | · | )(?<clock>\d{1,2}:\d\d(?::\d\d)?(?: ?[ap]\.?m\.?| ?[AP]\.?M\.?)?(?: (?:[A-Z]{1,4}T|UTC|[+-]\d{4}))?))?|(?<clock>\d{1,2}:\d\d(?::\d\d)?(?: ?[ap]\.?m\.?| ?[AP]\.?M\.?)?(?: (?:[A-Z]{1,4}T|UTC))?)(?:,| on| -)? (?<date>(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)))(?![\w/]|:\d)")]
    private static partial Regex TimeSegment();
}
