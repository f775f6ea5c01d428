namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="interstitial-link"&gt;&lt;i&gt;[&lt;a href="…"&gt;Museum houses Roman treasures&lt;/a&gt;]&lt;/i&gt;&lt;/p&gt;": a paper sets the
/// links to its related stories between the paragraphs in square brackets, the brackets outside the link. The paragraph
/// is the link alone, as one written "[Read: …]" inside it is.
/// </summary>
internal static class BracketedTeaserLink
{
    /// <summary>The text inside the brackets when the whole text is one bracketed run, else the text itself.</summary>
    public static string Unwrapped(string text) =>
        text.Length > 2 && text[0] == '[' && text[^1] == ']' && text.AsSpan(1, text.Length - 2).IndexOfAny('[', ']') < 0
            ? text[1..^1].Trim()
            : text;
}
