namespace Ingestion.Parser.Core;

/// <summary>
/// "(Load more comments) Load more comments": a text browser prints a button drawn as a picture by its alt text in
/// brackets, then the link's own words, the same label twice. The label is the line, so the thread's "load more" button
/// still ends the thread on the rendering as it does on the page (a widening of <see cref="CommentHeadings"/>). Asked only
/// of a line opening with "(".
/// </summary>
internal static class ImageButtonLabel
{
    /// <summary>The label once, where the bracketed alt text and the words after it are the same; any other text as it is.</summary>
    public static ReadOnlySpan<char> Once(ReadOnlySpan<char> text)
    {
        var close = text is ['(', ..] ? text.IndexOf(')') : -1;
        if (close < 2)
        {
            return text;
        }

        var label = text[1..close].Trim();
        var rest = text[(close + 1)..].Trim();
        return label.Length > 0 && rest.Equals(label, StringComparison.OrdinalIgnoreCase) ? rest : text;
    }
}
