namespace Ingestion.Parser.Core;

/// <summary>
/// "5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”", "12 Responses to "…"", "2 Gedanken zu „…“": a blog
/// theme's thread heading quotes the post's title. A line of the page above the thread that reads the same is the
/// headline, however much of the sidebar (the blogger's bio, "Recent Posts", the archive) a dump prints over it.
/// </summary>
internal static class ThreadHeadingTitle
{
    private const string OpeningQuotes = "“\"«„‘";
    private const string ClosingQuotes = "”\"»“’";
    private const int MaxHeadingLength = 300;
    private const int MinTitleLength = 8;

    /// <summary>The line above <paramref name="heading"/> that the heading quotes as the post's title, or -1.</summary>
    public static int Line(PageLines lines, int heading)
    {
        if (heading >= lines.Count || lines.HeadingKind(heading) is not (CommentHeadings.Kind.Count or CommentHeadings.Kind.Plain)
            || Quoted(lines[heading].Text) is not { } title)
        {
            return -1;
        }

        return lines.FindLine(title, heading);
    }

    /// <summary>The title between the heading's quotation marks, or null.</summary>
    public static string? Quoted(string heading)
    {
        var text = heading.AsSpan().Trim();
        if (text.Length > MaxHeadingLength || text.IsEmpty || !ClosingQuotes.Contains(text[^1]) || text.IndexOfAny(OpeningQuotes) is not (> 0 and var open))
        {
            return null;
        }

        if (open >= text.Length - 1)
        {
            return null;
        }

        var title = text[(open + 1)..^1].Trim();
        return title.Length >= MinTitleLength && Words.HasLetter(title) ? Whitespace.Collapse(title.ToString()) : null;
    }
}
