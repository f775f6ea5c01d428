namespace Ingestion.Parser.Core;

/// <summary>
/// "Hi everyone! 👋", "Oh, and that's it for this week. ☕️": a blogger or a newsletter writer closes a sentence with an
/// emoji or two. The sentence still ends at its mark; the pictographs after it (with their variation selectors, joiners and
/// skin tones) are no part of the ending. Without this such a short opening line reads as a headline-like line above the
/// text, and goes as a kicker or a deck.
/// </summary>
internal static class TrailingEmoji
{
    /// <summary>
    /// The text without the pictographs and spaces that close it; the text itself when it does not end in one. The check
    /// looks at the last character first, so text that ends in a letter or a mark costs one comparison.
    /// </summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0)
        {
            var c = text[end - 1];
            if (c is ' ' or '\u00A0' or '\uFE0F' or '\u200D' || IsBmpPictograph(c))
            {
                end--;
            }
            else if (char.IsLowSurrogate(c) && end > 1 && char.IsHighSurrogate(text[end - 2])
                && char.ConvertToUtf32(text[end - 2], c) is >= 0x1F000 and <= 0x1FAFF)
            {
                end -= 2;
            }
            else
            {
                break;
            }
        }

        return text[..end];
    }

    /// <summary>
    /// Whether a full stop, "!", "?" or an ellipsis closes the text before its closing pictographs. A colon or a comma there
    /// makes a label and its symbols ("Rating: ★★★★☆"), no sentence.
    /// </summary>
    public static bool EndsSentenceBefore(ReadOnlySpan<char> text)
    {
        var before = Trim(text);
        return before.Length > 0 && before.Length < text.Length && before[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    /// <summary>Whether the text ends in a pictograph (a cheap look at its last one or two characters).</summary>
    public static bool EndsInOne(ReadOnlySpan<char> text) =>
        !text.IsEmpty && (text[^1] is '\uFE0F' || char.IsLowSurrogate(text[^1]) || IsBmpPictograph(text[^1]));

    // Miscellaneous symbols and dingbats (☕ ✨ ❤), technical clocks (⌚ ⏰) and the stars and arrows block (⭐).
    private static bool IsBmpPictograph(char c) => c is >= '\u2600' and <= '\u27BF' or >= '\u231A' and <= '\u23FF' or >= '\u2B00' and <= '\u2BFF';
}
