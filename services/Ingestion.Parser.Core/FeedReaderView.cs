using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A feed reader's saved page (Google Reader, Feedly and their like): the reader's own <c>h1</c> names the feed shown
/// ("State House Notes - The Daily Ledger"), and each item is an entry whose heading links out to the post, over a meta
/// line "from &lt;a&gt;Feed name&lt;/a&gt; by Name Sep 27, 2013 4:10 PM" whose time sits in a bare span. The post's
/// heading is the title, its span's time the published time, the feed's publication (the paper after a blog's name)
/// the site, never the reader's logo; entries of the post's comment feed ("By: Name") are its comments
/// (<see cref="CommentFeedEntries"/>).
/// </summary>
internal static class FeedReaderView
{
    /// <summary>What the reader's view tells of the post it shows.</summary>
    public sealed record Post(string Title, string? PublishedAt, string Site, IReadOnlyList<ParsedComment> Comments);

    /// <summary>An entry's "from Feed name" source line is short.</summary>
    private const int MaxSourceLength = 200;

    /// <summary>
    /// The post a feed reader's view shows, or null when the page is none: no <c>h1</c> repeats an entry's "from" feed
    /// name. The comment feed's entries leave the document, so the text rules do not read them as bylines.
    /// </summary>
    public static Post? Read(IDocument document)
    {
        var feedHeading = document.SelectFirst("h1");
        if (feedHeading is null)
        {
            return null;
        }

        var feedName = Whitespace.Collapse(feedHeading.TextContent);
        IElement? post = null;
        string? postTime = null;
        var entries = new List<(IElement Entry, IElement Heading, string? Time)>();
        foreach (var link in document.SelectAll("h2 > a[href], h3 > a[href]"))
        {
            var heading = link.ParentElement!;
            if (heading.NextElementSibling is not { } meta || SourceFeed(meta) is not { } source || EntryOf(heading) is not { } entry)
            {
                continue;
            }

            var time = TimeOf(meta);
            if (post is null && source == feedName && !CommentFeedEntries.IsCommentTitle(Whitespace.Collapse(heading.TextContent)))
            {
                post = heading;
                postTime = time;
            }
            else
            {
                entries.Add((entry, heading, time));
            }
        }

        if (post is null)
        {
            return null;
        }

        var comments = CommentFeedEntries.Take(entries);
        feedHeading.Remove();
        return new Post(Whitespace.Collapse(post.TextContent), postTime, PublicationOf(feedName), comments);
    }

    /// <summary>
    /// The entry around a heading: its header's parent when the header holds no text paragraphs; null when that holds
    /// another entry's heading too (a list of entries, no entry).
    /// </summary>
    private static IElement? EntryOf(IElement heading)
    {
        var entry = heading.ParentElement;
        if (entry is not null && entry.SelectFirst("p") is null)
        {
            entry = entry.ParentElement;
        }

        return entry is null || entry.SelectAll("h2 > a[href], h3 > a[href]").Length != 1 ? null : entry;
    }

    /// <summary>"from State House Notes - The Daily Ledger": the feed's name, when the line opens with "from" and links it.</summary>
    private static string? SourceFeed(IElement meta)
    {
        // Asks only the part's first text node, so a heading over a whole article's container costs no text of it.
        foreach (var part in meta.Children)
        {
            if (part.FirstChild is IText { Data: var opening } && opening.AsSpan().TrimStart().StartsWith("from ", StringComparison.Ordinal)
                && part.ChildElementCount == 1 && part.FirstElementChild is { LocalName: "a" } feed && NodeText.IsShorterThan(feed, MaxSourceLength))
            {
                return Whitespace.Collapse(feed.TextContent);
            }
        }

        return null;
    }

    /// <summary>The meta line's part that is a date and nothing else ("Sep 27, 2013 4:10 PM").</summary>
    private static string? TimeOf(IElement meta)
    {
        foreach (var part in meta.Children)
        {
            if (part.ChildElementCount == 0 && DateLineParser.TryParseLine(Whitespace.Collapse(part.TextContent), out var time))
            {
                return time.ToIso();
            }
        }

        return null;
    }

    /// <summary>"State House Notes - The Daily Ledger": a newspaper's blog names the paper after its own name; a feed without one is its own publication.</summary>
    public static string PublicationOf(string feedName)
    {
        var bar = feedName.LastIndexOf(" - ", StringComparison.Ordinal);
        return bar > 0 && bar + 3 < feedName.Length ? feedName[(bar + 3)..] : feedName;
    }
}
