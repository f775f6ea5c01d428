namespace Ingestion.Parser.Core;

/// <summary>
/// "It's frustrating to be a subscriber to your newsletter and …": a furniture marker found inside a longer word ("our
/// newsletter" in "your newsletter") is no marker. The site's prompt speaks of "our newsletter"; a reader's comment
/// that speaks to the site of "your newsletter" is the reader's words, and a phrase search that ignores where words
/// begin took it for the prompt and dropped the comment. Cost: one character looked at per marker found.
/// </summary>
internal static class MarkerInsideWord
{
    /// <summary>Whether the marker found at <paramref name="at"/> in <paramref name="text"/> starts after a letter.</summary>
    public static bool Is(ReadOnlySpan<char> text, int at) => at > 0 && char.IsLetter(text[at - 1]);
}
