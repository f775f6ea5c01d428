using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page as another site prints its dates, clocks and bylines must split the same. News sites print one date
/// in many forms ("September 24, 2013" on WordPress, "Sept. 24, 2013" in AP style, "Sep 24, 2013" on Disqus and
/// network papers, "24 September 2013" on British and Commonwealth sites, "September 24th, 2013" on blogs, "2013-09-24"
/// on Scandinavian and developer CMSs, "09/24/2013" on US ASP.NET and Pluck pages), one clock in many ("10:42 PM",
/// "10:42 p.m.", "10:42pm", "10:42 P.M."), and one byline in many ("By Jane Doe", "BY JANE DOE", "Written by …",
/// "Posted by …"). Each labelled text page is rewritten in one form where the date line, clock or byline is recognised
/// exactly, and its split compared with the original's after mapping the strings the rewrite changes.
/// </summary>
public partial class DateFormVariantTests
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    [Theory]
    [InlineData("September 24, 2013")]
    [InlineData("Sept. 24, 2013")]
    [InlineData("Sep 24, 2013")]
    [InlineData("September 24th, 2013")]
    [InlineData("24 September 2013")]
    [InlineData("2013-09-24")]
    [InlineData("09/24/2013")]
    public void Every_labelled_text_page_splits_the_same_with_its_month_first_dates_in_another_form(string form)
    {
        var (touched, differing) = Run(DateRewriter(form), foldAuthors: false);

        Assert.True(touched >= 150, $"only {touched} pages had a date line to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Fact]
    public void A_date_line_is_rewritten_in_each_form_and_a_prose_line_is_not()
    {
        Assert.Equal("Posted: 24 September 2013 4:12 pm", RewriteDateLine("Posted: September 24, 2013 4:12 pm", "24 September 2013"));
        Assert.Equal("Tuesday, Sept. 17, 2013", RewriteDateLine("Tuesday, September 17, 2013", "Sept. 24, 2013"));
        Assert.Equal("2013-09-17 at 4:55 pm", RewriteDateLine("Tuesday, September 17, 2013 at 4:55 pm", "2013-09-24"));
        Assert.Equal("Sept. 5, 2013", RewriteDateLine("Sept. 5, 2013", "09/24/2013"));
        var prose = "The council first heard the plan at a public meeting in the town hall, and on September 24, 2013 it voted the money.";
        Assert.Equal(prose, RewriteDateLine(prose, "24 September 2013"));
    }

    [Theory]
    [InlineData("10:42 PM")]
    [InlineData("10:42 p.m.")]
    [InlineData("10:42pm")]
    [InlineData("10:42 P.M.")]
    [InlineData("22:42")]
    public void Every_labelled_text_page_splits_the_same_with_its_clocks_in_another_form(string form)
    {
        var (touched, differing) = Run(ClockRewriter(form), foldAuthors: false);

        // 24-hour clocks only on pages that print day-first dates and no US zone: few of the corpus's pages.
        Assert.True(touched >= (form == "22:42" ? 15 : 150), $"only {touched} pages had a clock to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Fact]
    public void A_clock_is_rewritten_with_its_sentence_stop_and_its_column_gap()
    {
        Assert.Equal("around 10:40 PM. Deputies said", RewriteClockLine("around 10:40 p.m. Deputies said", "10:42 PM"));
        Assert.Equal("at 4:40 p.m. on Monday", RewriteClockLine("at 4:40 p.m. on Monday", "10:42 p.m."));
        Assert.Equal("2013 - 7:30am     Most Read", RewriteClockLine("2013 - 07:30 AM   Most Read", "10:42pm"));
        Assert.Equal("room 10:40", RewriteClockLine("room 10:40", "10:42pm"));
    }

    [Theory]
    [InlineData("Posted by")]
    [InlineData("Written by")]
    [InlineData("BY")]
    public void Every_labelled_text_page_splits_the_same_with_another_label_for_its_by_line(string form)
    {
        // A byline in capitals keeps its capitals as the author's name (the README's field rules): compared case-folded.
        var (touched, differing) = Run(BylineRewriter(form), foldAuthors: form == "BY");

        Assert.True(touched >= 150, $"only {touched} pages had a plain by line to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Fact]
    public void A_plain_by_line_is_rewritten_and_a_sentence_is_not()
    {
        Assert.Equal("BY NICOLE TRAN", RewriteBylineLine("By Nicole Tran", "BY"));
        Assert.Equal("  Posted by Dana Whitcombe, reporting from Port Alden", RewriteBylineLine("  By Dana Whitcombe, reporting from Port Alden", "Posted by"));
        Assert.Equal("By the time the crews arrived, the fire was out.", RewriteBylineLine("By the time the crews arrived, the fire was out.", "Written by"));
    }

    /// <summary>Rewrites every text page, parses both, compares after mapping the original split's strings the same way.</summary>
    private static (int Touched, List<string> Differing) Run(Func<string, Func<string, string>?> rewriterFor, bool foldAuthors)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var differing = new List<string>();
        var touched = 0;
        foreach (var path in pages)
        {
            var text = File.ReadAllText(path);
            var rewrite = rewriterFor(text);
            if (rewrite is null)
            {
                continue;
            }

            var lines = text.Split('\n');
            var changed = new List<(string Before, string After)>();
            // A dump wrapped at a fixed width (w3m's 80 columns) would wrap a longer line too: never print past its width.
            // The width is the text's, above lynx's closing list of link addresses, whose lines run as long as the address.
            var references = Array.IndexOf(lines, "References");
            var width = lines.Take(references < 0 ? lines.Length : references).Max(line => line.TrimEnd('\r').Length);
            for (var i = 0; i < lines.Length; i++)
            {
                var after = rewrite(lines[i]);
                if (after != lines[i] && !(width <= 80 && (after.TrimEnd('\r').Length > width || IsWrappedOn(lines, i))))
                {
                    changed.Add((Collapsed(lines[i]), Collapsed(after)));
                    lines[i] = after;
                }
            }

            if (changed.Count == 0)
            {
                continue;
            }

            var variant = string.Join('\n', lines);
            touched++;
            // A printed string holding a rewritten line (or being one) changes as the line did; longest lines first.
            changed.Sort((a, b) => b.Before.Length.CompareTo(a.Before.Length));
            var expected = Normal(Map(Split(text, path), printed => MapPrinted(printed, changed)), foldAuthors);
            var actual = Normal(Split(variant, path), foldAuthors);
            if (expected != actual)
            {
                differing.Add(LabelledPages.Relative(path));
            }
        }

        return (touched, differing);
    }

    /// <summary>
    /// A line of a paragraph the text browser wrapped, the next line carrying it on at the same indent: the browser would
    /// wrap a shorter or longer line differently, so the variant would not be a page a browser prints.
    /// </summary>
    private static bool IsWrappedOn(string[] lines, int i)
    {
        static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
        var next = i + 1 < lines.Length ? lines[i + 1].TrimEnd('\r') : string.Empty;
        return next.Trim().Length > 0 && Indent(next) == Indent(lines[i]);
    }

    private static string MapPrinted(string printed, List<(string Before, string After)> changed)
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

    private static string Collapsed(string line) => Whitespace().Replace(line, " ").Trim();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Whitespace();

    private static JsonNode Split(string text, string path) => JsonNode.Parse(LabelledPages.SplitAsJson(text, path))!;

    /// <summary>The original split as the variant should give it: each printed string rewritten as its line was.</summary>
    private static JsonNode Map(JsonNode node, Func<string, string> rewrite)
    {
        foreach (var field in new[] { "title", "site" })
        {
            if (node[field] is JsonValue value && value.TryGetValue<string>(out var s))
            {
                node[field] = rewrite(s);
            }
        }

        MapArray(node["body_paragraphs"]!.AsArray(), rewrite);
        MapArray(node["captions"]!.AsArray(), rewrite);
        foreach (var comment in node["comments"]!.AsArray())
        {
            MapArray(comment!["paragraphs"]!.AsArray(), rewrite);
        }

        return node;
    }

    private static void MapArray(JsonArray array, Func<string, string> rewrite)
    {
        for (var i = 0; i < array.Count; i++)
        {
            array[i] = rewrite(array[i]!.GetValue<string>());
        }
    }

    private static string Normal(JsonNode node, bool foldAuthors)
    {
        if (foldAuthors)
        {
            var authors = node["authors"]!.AsArray();
            for (var i = 0; i < authors.Count; i++)
            {
                authors[i] = authors[i]!.GetValue<string>().ToUpperInvariant();
            }
        }

        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    // ---- date lines ----

    /// <summary>
    /// Rewrites a month-first English date that opens a short line or follows a short prefix ("Posted on", "Updated",
    /// a weekday) into the given form. Slash and ISO forms only on pages with no day-first slash date, and the slash form
    /// only for days over 12 so no day-first reader could take it otherwise.
    /// </summary>
    internal static Func<string, Func<string, string>?> DateRewriter(string form) =>
        text => form == "09/24/2013" && DayFirstSlash().IsMatch(text) ? null : line => RewriteDateLine(line, form);

    internal static string RewriteDateLine(string line, string form)
    {
        if (line.Trim().Length > 100)
        {
            return line;
        }

        var first = MonthFirstDate().Match(line);
        if (!first.Success || first.Index > 40)
        {
            return line;
        }

        var numeric = form is "2013-09-24" or "09/24/2013";
        var slash = form == "09/24/2013";
        // Every date of a short line in the one form, as a site prints them: "May 4, 1931 - September 23, 2013".
        if (slash && MonthFirstDate().Matches(line).Any(m => int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) <= 12))
        {
            return line;
        }

        return MonthFirstDate().Replace(line, match => Printed(match, form, numeric));
    }

    private static string Printed(Match match, string form, bool numeric)
    {
        var month = MonthOf(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Value;
        if (month == 0 || day > 31)
        {
            return match.Value;
        }

        var name = MonthNames[month - 1];
        var printed = form switch
        {
            "September 24, 2013" => $"{name} {day}, {year}",
            "Sept. 24, 2013" => $"{ApAbbreviation(month)} {day}, {year}",
            "Sep 24, 2013" => $"{name[..3]} {day}, {year}",
            "24 September 2013" => $"{day} {name} {year}",
            "September 24th, 2013" => $"{name} {day}{Ordinal(day)}, {year}",
            "2013-09-24" => $"{year}-{month:00}-{day:00}",
            "09/24/2013" => $"{month:00}/{day:00}/{year}",
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
        // A numeric date is printed without the weekday a spelled-out one carries ("Tuesday, September 17, 2013").
        return numeric && match.Groups["weekday"].Success ? printed : match.Groups["weekday"].Value + printed;
    }

    private static int MonthOf(string word)
    {
        var key = word.TrimEnd('.');
        for (var m = 0; m < 12; m++)
        {
            if (MonthNames[m].Equals(key, StringComparison.OrdinalIgnoreCase)
                || (key.Length >= 3 && MonthNames[m].StartsWith(key, StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    // AP style: months of five letters or fewer spelled out, the rest abbreviated ("Sept.").
    private static string ApAbbreviation(int month) => month switch
    {
        1 => "Jan.", 2 => "Feb.", 8 => "Aug.", 9 => "Sept.", 10 => "Oct.", 11 => "Nov.", 12 => "Dec.",
        _ => MonthNames[month - 1],
    };

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    [GeneratedRegex(@"(?<![\w/.-])(?<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun),? )?(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?) (?<day>\d{1,2})(?:st|nd|rd|th)?, (?<year>(?:19|20)\d\d)(?![\d/])")]
    private static partial Regex MonthFirstDate();

    [GeneratedRegex(@"\b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)?\d\d\b")]
    private static partial Regex DayFirstSlash();

    // ---- clocks ----

    internal static Func<string, Func<string, string>?> ClockRewriter(string form) =>
        text => form == "22:42" && !IsNonUsPage(text) ? null : line => RewriteClockLine(line, form);

    internal static string RewriteClockLine(string text, string form)
    {
        return TwelveHourClock().Replace(text, match =>
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["m"].Value;
            var pm = match.Groups["half"].Value[0] is 'p' or 'P';
            if (hour is < 1 or > 12)
            {
                return match.Value;
            }

            var printed = form switch
            {
                "10:42 PM" => $"{hour}:{minute} {(pm ? "PM" : "AM")}",
                "10:42 p.m." => $"{hour}:{minute} {(pm ? "p.m." : "a.m.")}",
                "10:42pm" => $"{hour}:{minute}{(pm ? "pm" : "am")}",
                "10:42 P.M." => $"{hour}:{minute} {(pm ? "P.M." : "A.M.")}",
                "22:42" => $"{(hour % 12) + (pm ? 12 : 0):00}:{minute}",
                _ => throw new ArgumentOutOfRangeException(nameof(form)),
            };
            // "… around 10:40 p.m." ends its sentence with the clock's stop; "10:40 PM" then needs a full stop of its own.
            var next = match.Groups["half"].Index + match.Groups["half"].Length;
            var endsSentence = next >= text.Length || text[next] == '\r'
                || (next + 1 < text.Length && text[next] == ' ' && char.IsUpper(text[next + 1]));
            printed = match.Groups["half"].Value.EndsWith('.') && !printed.EndsWith('.') && endsSentence ? printed + "." : printed;
            // A table row as w3m prints it ("… - 07:30 AM" then the rail's column): the column gap keeps the next column in place.
            var gap = match.Groups["gap"].Value.Length;
            return gap == 0 ? printed : printed + new string(' ', Math.Max(2, match.Length - printed.Length));
        });
    }

    private static bool IsNonUsPage(string text) =>
        DayMonthDate().IsMatch(text) && !UsZone().IsMatch(text);

    // "10:42 PM", "10:42 p.m.", "10:42pm", "10:42 P.M." (a.m./p.m. followed by no letter, so "PMQs" or "amid" stay).
    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2}):(?<m>[0-5]\d)(?!:\d) ?(?<half>[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![\w])(?<gap> {2,})?")]
    private static partial Regex TwelveHourClock();

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b")]
    private static partial Regex DayMonthDate();

    [GeneratedRegex(@"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b")]
    private static partial Regex UsZone();

    // ---- bylines ----

    internal static Func<string, Func<string, string>?> BylineRewriter(string form) => _ => line => RewriteBylineLine(line, form);

    internal static string RewriteBylineLine(string line, string form)
    {
        var match = PlainByline().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var rest = match.Groups["rest"].Value;
        return match.Groups["indent"].Value + (form == "BY" ? "BY " + rest.ToUpperInvariant() : form + " " + rest) + (line.EndsWith('\r') ? "\r" : "");
    }

    // A line of its own "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Staff Writer": a capital after "By ".
    [GeneratedRegex(@"^(?<indent>[ \t]*)By (?<rest>\p{Lu}[\p{L}.'’-]+(?: [\p{L}.'’,-]+){0,8})\r?$")]
    private static partial Regex PlainByline();
}
