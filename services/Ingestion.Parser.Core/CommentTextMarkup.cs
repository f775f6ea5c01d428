using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// A comment's text as a structured-data block gives it, written as the page's HTML ("&lt;p&gt;First point, &lt;em&gt;as
/// said&lt;/em&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;", "It&amp;#039;s"), as the plain text a reader sees: a closing paragraph or
/// two line breaks part paragraphs (a blank line, as in plain text), one line break is a space, other tags go and entities
/// are decoded. Text with no tag ("a &lt; b") keeps its angle brackets.
/// </summary>
internal static partial class CommentTextMarkup
{
    public static string AsText(string text)
    {
        if (Tag().IsMatch(text))
        {
            text = Tag().Replace(LineBreakPair().Replace(text, "\n\n"), tag => PartsParagraphs(tag) ? "\n\n" : IsLineBreak(tag) ? "\n" : string.Empty);
        }

        return EscapedEntities.Decode(text);
    }

    private static bool PartsParagraphs(Match tag) =>
        tag.Groups["name"].Value.ToLowerInvariant() is "p" or "div" or "blockquote" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool IsLineBreak(Match tag) => tag.Groups["name"].Value.Equals("br", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakPair();
}
