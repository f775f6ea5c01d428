using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page with its furniture in capitals must split the same. A scraper that reads a page's rendered text (the
/// DOM's innerText) applies CSS "text-transform: uppercase", which many templates put on menus, section labels, buttons
/// ("REPLY", "SHARE", "LOAD MORE COMMENTS"), box and thread headings ("RELATED STORIES", "3 COMMENTS", "LEAVE A REPLY",
/// "SORT BY BEST"), footer links and newsletter prompts ("SIGN UP"): WordPress themes of the time (Twenty Twelve's
/// "LEAVE A REPLY", Genesis and Newspaper themes' widget titles), Disqus' "SORT BY BEST", Gannett and BLOX button rows.
/// Every labelled text page is rewritten so on the lines that are certainly furniture by its label, and parsed again.
/// </summary>
public partial class CapitalsVariantTests
{
    // The broad variant, every furniture line in capitals (FurnitureLine.Any), still splits 8 of 434 pages differently
    // (docs/parser.md, rounds r-vary-caps and r-vary-caps2): not a test yet.
    [Fact]
    public void Every_labelled_text_page_splits_the_same_with_its_comment_thread_furniture_in_capitals() =>
        AssertEveryTextPageSplitsTheSame(FurnitureLine.CommentThread, 100);

    [Fact]
    public void A_short_unlabelled_line_is_furniture_and_a_labelled_or_dated_one_is_not()
    {
        var label = new Label(["bridge reopens after repairs", "dana whitcomb", "the bridge on route 9 reopened to traffic."]);

        Assert.Equal("LEAVE A REPLY", Rewritten("Leave a Reply", label, FurnitureLine.Any));
        Assert.Equal("  • REPLY • SHARE ›", Rewritten("  • Reply • Share ›", label, FurnitureLine.Any));
        Assert.Equal("Bridge reopens after repairs", Rewritten("Bridge reopens after repairs", label, FurnitureLine.Any));
        Assert.Equal("Route 9", Rewritten("Route 9", label, FurnitureLine.Any));
        Assert.Equal("By Dana Whitcomb", Rewritten("By Dana Whitcomb", label, FurnitureLine.Any));
        Assert.Equal("Sept. 24, 2013 at 4:10 p.m.", Rewritten("Sept. 24, 2013 at 4:10 p.m.", label, FurnitureLine.Any));
        Assert.Equal("Related Stories", Rewritten("Related Stories", label, FurnitureLine.CommentThread));
        Assert.Equal("3 COMMENTS", Rewritten("3 Comments", label, FurnitureLine.CommentThread));
    }

    public enum FurnitureLine
    {
        Any,
        CommentThread,
    }

    private static void AssertEveryTextPageSplitsTheSame(FurnitureLine kind, int least)
    {
        // A text browser's dump (w3m, lynx, html2text) applies no CSS: only the pages the samples' scraper prints are rewritten.
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal) && !TextBrowserDump().IsMatch(Path.GetFileName(path)));
        var (rewritten, differing) = VariantSplits.Compare(pages, (path, text) => WithFurnitureInCapitals(text, ReadLabel(LabelledPages.ExpectedFor(path)), kind));

        VariantSplits.AssertNoneDiffer(rewritten, differing, least);
    }

    /// <summary>
    /// The label's strings (title, authors, tags, body paragraphs, site, captions, commenters and their paragraphs),
    /// spacing collapsed and lower-cased: a furniture line neither appears in one nor holds one.
    /// </summary>
    private sealed record Label(IReadOnlyList<string> Strings, string Title = "");

    private static Label ReadLabel(string expectedPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = document.RootElement;
        var strings = new List<string>();
        void Add(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } value)
            {
                strings.Add(Folded(value));
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Add(item);
                }
            }
        }

        Add(root.GetProperty("title"));
        Add(root.GetProperty("authors"));
        Add(root.GetProperty("tags"));
        Add(root.GetProperty("body_paragraphs"));
        foreach (var field in new[] { "site", "captions" })
        {
            if (root.TryGetProperty(field, out var value))
            {
                Add(value);
            }
        }

        foreach (var comment in root.GetProperty("comments").EnumerateArray())
        {
            Add(comment.GetProperty("author"));
            Add(comment.GetProperty("paragraphs"));
        }

        return new Label(strings, root.GetProperty("title").GetString() is { } title ? Folded(title) : "");
    }

    private static string WithFurnitureInCapitals(string text, Label label, FurnitureLine kind)
    {
        var lines = text.Split('\n');
        var underTitle = false;
        for (var index = 0; index < lines.Length; index++)
        {
            // The line under the headline is left as printed: a deck ("A front-desk view of a 5–0 vote") the label drops as a
            // standfirst is the story's own text, which the label cannot tell from furniture.
            var folded = Folded(lines[index]);
            if (underTitle && folded.Length > 0)
            {
                underTitle = false;
                continue;
            }

            underTitle |= label.Title.Length > 0 && folded == label.Title;
            lines[index] = Rewritten(lines[index], label, kind);
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// The line in capitals when it is certainly furniture by the label, else as it was. The list marker and indentation
    /// before it stay as printed (the scraper adds them; CSS does not transform them).
    /// </summary>
    private static string Rewritten(string line, Label label, FurnitureLine kind)
    {
        var marker = ListMarker().Match(line).Length;
        var content = line[marker..];
        var folded = Folded(content);
        if (folded.Length == 0 || !content.Any(char.IsLower) || folded.Split(' ').Length > 8)
        {
            return line;
        }

        // A sentence ("Comments are closed.", a pull quote) or a label before its entries ("Protagonisti:", whose case the
        // corpus reads: a crosshead in capitals is text) is left as printed, and so is a text browser's "[alt text]".
        if (folded[^1] is '.' or ':' or '"' or '\u201d' or ']' || folded[0] == '[')
        {
            return line;
        }

        // A table's row ("Gomez cf<TAB>5<TAB>1<TAB>2", a box score) is data whose case the label cannot tell.
        if (content.Contains('\t') || content.Contains("://", StringComparison.Ordinal) || content.Contains('@') || ByLine().IsMatch(folded)
            || (folded.Any(char.IsDigit) && DateOrTime().IsMatch(folded)))
        {
            return line;
        }

        if (RendererLine().IsMatch(folded) || label.Strings.Any(value => Holds(value, folded) || Holds(folded, value)))
        {
            return line;
        }

        if (kind == FurnitureLine.CommentThread && (!CommentThreadFurniture().IsMatch(folded) || !CommentThreadWord().IsMatch(folded)))
        {
            return line;
        }

        return line[..marker] + content.ToUpperInvariant();
    }

    /// <summary>Whether "part" stands in "whole" as whole words.</summary>
    private static bool Holds(string whole, string part)
    {
        for (var at = whole.IndexOf(part, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || !char.IsLetterOrDigit(whole[at - 1])) && (end == whole.Length || !char.IsLetterOrDigit(whole[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Folded(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?:(?:\d{1,3}\.|[•*·o□◦▪‣-])\s+)?")]
    private static partial Regex ListMarker();

    // What a text browser prints of its own under the page ("References", "Visible links"): no page text CSS styles.
    [GeneratedRegex(@"^(?:references|visible links|hidden links)$")]
    private static partial Regex RendererLine();

    [GeneratedRegex(@"w3m|lynx|html2text|elinks")]
    private static partial Regex TextBrowserDump();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "By Dana Whitcomb", "Posted by admin", "Story by …": the byline the label's authors come from.
    [GeneratedRegex(@"^\W*(?:(?:posted|written|submitted|story|words|text|reporting|photos?|video)\s+)?by\b")]
    private static partial Regex ByLine();

    // A date or a time the label's published_at or posted_at may come from: a month or weekday name, a clock, a year,
    // a slash or dot date, a relative time.
    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d[:h.]\d\d|\b(?:19|20)\d\d\b|\d[/.-]\d|\bago\b|\b(?:a\.?m|p\.?m)\b|\d\s*[ap]m\b|\b\d+\s*[smhdwy]\b|\b(?:second|minute|hour|day|week|month|year)s?\b|\b(?:today|yesterday)\b|\b\d{1,2}(?:st|nd|rd|th)\b")]
    private static partial Regex DateOrTime();

    // The comment thread's furniture: a row of its buttons, its heading with or without the count, its sort row, its
    // reply form's heading, its paging links. Only these words, separators and counts.
    [GeneratedRegex(@"^(?:[\d,()|•·›»«\-–—:!.…/]+|\s|\b(?:reply|replies|share|like|likes|unlike|report|abuse|flag|edit|delete|permalink|link|comments?|discussion|responses?|thoughts?|on|to|the|this|a|an|of|your|our|leave|post|add|write|join|have|say|sort|by|best|newest|oldest|popular|top|recent|load|show|view|see|all|more|older|newer|hide|reactions?|conversation|rules|policy|log|in|sign|up|subscribe|rss|feed|cancel|submit|notify|me|follow|upvote|downvote|vote|recommend|recommended|closed|are|is|be|first|older|previous|next|page)\b)+$")]
    private static partial Regex CommentThreadFurniture();

    // The word that makes such a row the thread's ("1 of 8" or "Log in | Subscribe" alone are a gallery's, a menu's).
    [GeneratedRegex(@"\b(?:reply|replies|comments?|discussion|responses?|thoughts|conversation|sort|flag|like|report)\b")]
    private static partial Regex CommentThreadWord();
}
