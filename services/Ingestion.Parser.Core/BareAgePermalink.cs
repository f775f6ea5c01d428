using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a class="url"&gt;Name&lt;/a&gt; &lt;a class="comment-link" href="…#comment-296708"&gt;1 year&lt;/a&gt;&lt;/p&gt;": a
/// blog theme links each comment's header to the comment itself and labels the link with the comment's age, without
/// the "ago" a text line carries ("3 days ago"). Rendered, "Name 1 year" is a name and a count of years, which no header
/// rule reads, and the whole thread ran together into the first line that looked like a signature. A link to a comment's
/// own anchor whose label is nothing but a count and a unit of time is that age: it gets its "ago", and the line is read
/// as any "Name 2 hours ago" header. A label with its marker beside it ("vor 3 Tagen", "3 days ago") is already one.
/// </summary>
internal static class BareAgePermalink
{
    public static void Mark(IElement container)
    {
        foreach (var link in container.SelectAll("a[href*='#comment']"))
        {
            if (link.ChildElementCount == 0 && IsBareAge(link.TextContent) && !HasMarkerBeside(link))
            {
                link.TextContent = link.TextContent.Trim() + " ago";
            }
        }
    }

    /// <summary>"1 year", "an hour", "12 Tagen": a count (or "a"/"an") and a unit of time, and nothing else.</summary>
    internal static bool IsBareAge(string label)
    {
        var text = label.AsSpan().Trim();
        var space = text.IndexOf(' ');
        if (space <= 0 || text.Length > 20)
        {
            return false;
        }

        var count = text[..space];
        var unit = text[(space + 1)..].Trim();
        var isCount = (count.Length <= 3 && !count.ContainsAnyExceptInRange('0', '9'))
            || count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("an", StringComparison.OrdinalIgnoreCase);
        return isCount && unit.IndexOf(' ') < 0 && DateWords.TryGet(unit, out var kind, out _) && kind == DateWords.Kind.Unit;
    }

    private static bool HasMarkerBeside(IElement link) =>
        IsMarker(Words.FirstWord(Shown(link.NextSibling))) || IsMarker(Words.LastWord(Shown(link.PreviousSibling)));

    private static bool IsMarker(ReadOnlySpan<char> word) =>
        !word.IsEmpty && DateWords.TryGet(word, out var kind, out _) && kind == DateWords.Kind.RelativeMarker;

    /// <summary>A text node's words as shown, its line breaks and runs of spaces one space.</summary>
    private static ReadOnlySpan<char> Shown(INode? node) => Whitespace.Collapse(node?.TextContent);
}
