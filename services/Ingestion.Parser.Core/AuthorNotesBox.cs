using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A webcomic page: the strip is a picture, and the only text its maker writes is the box headed "Author Notes:" (or
/// "Author's Note", "Artist's Notes", "Creator's Note") under it, set like a comment: "&lt;a class="author"&gt;Name&lt;/a&gt;
/// &lt;span class="posttime"&gt;8th May 2020, 6:08 PM&lt;/span&gt; … &lt;span class="commenttext"&gt;the note&lt;/span&gt;". The note
/// is the article's text, its signature the writer and its time the page's. Asked only of a page that no content-root
/// markup names a text box on (a blog post with an author's note inside its text keeps its own root), only under such
/// a heading, and only when no paragraph outside the note holds more prose than it (a story's unmarked chapter text
/// over its writer's note stays the text); the densest block of such a page was its footer's small print.
/// </summary>
internal static class AuthorNotesBox
{
    private static readonly WordSet Headings = new(
        ["author notes", "author note", "author's notes", "author's note", "authors notes", "authors' notes", "author’s notes", "author’s note",
         "artist notes", "artist's notes", "artist's note", "artist’s notes", "artist’s note", "creator's notes", "creator's note", "creator’s notes", "creator’s note"]);

    /// <summary>The box under the page's notes heading, or null.</summary>
    public static IElement? Of(IDocument document)
    {
        foreach (var heading in document.SelectAll("h2, h3, h4"))
        {
            // Cheap gate first: a short heading whose text holds "note" at all.
            var shown = heading.TextContent;
            if (shown.Length > 40 || shown.IndexOf("ote", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var text = Whitespace.Collapse(shown).AsSpan().TrimEnd(" :");
            if (text.Length <= 24 && Headings.Contains(text) && heading.NextElementSibling is { } box && box.TextContent.Trim().Length > 0)
            {
                return HasLongerProseElsewhere(document, box) ? null : box;
            }
        }

        return null;
    }

    /// <summary>
    /// A paragraph outside the note longer than the note and than a few lines: the page's own text, unmarked (a story's
    /// chapter with the writer's note under it), which the densest-prose reading finds; the note is then no article.
    /// </summary>
    private static bool HasLongerProseElsewhere(IDocument document, IElement box)
    {
        var least = Math.Max(200, box.TextContent.Length);
        foreach (var paragraph in document.SelectAll("p"))
        {
            if (NodeText.IsLongerThan(paragraph, least) && !box.Contains(paragraph))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The note's own text: its text-classed element, else the whole box.</summary>
    public static IElement? Text(IElement? box) => box is null ? null : box.SelectFirst("[class*='commenttext'], [class*='comment-text'], [class*='note-text'], [class*='notetext']") ?? box;

    /// <summary>The name the note is signed with.</summary>
    public static string? Writer(IElement? box) =>
        box?.SelectFirst(".author, .authordata, .fn") is { } name && Whitespace.Collapse(name.TextContent) is { Length: > 0 and <= 60 } shown ? shown : null;

    /// <summary>The note's time, ISO 8601, from its time-classed element.</summary>
    public static string? Time(IElement? box) =>
        box?.SelectFirst("[class*='posttime'], [class*='time'], [class*='date']") is { } time && DateLineParser.TryParseLine(Whitespace.Collapse(time.TextContent), out var when)
            ? when.ToIso()
            : null;
}
