namespace Ingestion.Parser.Core;

/// <summary>
/// Chinese and Japanese set a headline without spaces, so a count of spaced words makes "市政府公布新一轮老旧小区改造计划" one
/// word, and no such headline was ever told from a menu item. Here a run of Han or kana characters counts one word for
/// every two characters, about a word's length in either language; ideographic punctuation ("，", "：", "「") parts words
/// as a space does, and other text counts as <see cref="Words.CountUpTo"/> counts it.
/// </summary>
internal static class IdeographicWords
{
    public static int CountUpTo(ReadOnlySpan<char> text, int limit)
    {
        // Every Han, kana and ideographic punctuation character lies at U+3000 or above; most lines hold none.
        if (!text.ContainsAnyInRange('\u3000', '\uFFEF'))
        {
            return Words.CountUpTo(text, limit);
        }

        var count = 0;
        var run = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsIdeographOrKana(c))
            {
                run++;
                inWord = false;
                continue;
            }

            count += (run + 1) / 2;
            run = 0;
            var inText = !char.IsWhiteSpace(c) && !IsIdeographicPunctuation(c);
            count += inText && !inWord ? 1 : 0;
            inWord = inText;
            if (count > limit)
            {
                return limit + 1;
            }
        }

        count += (run + 1) / 2;
        return Math.Min(count, limit + 1);
    }

    /// <summary>A Han ideograph (with its extension A and compatibility blocks) or a kana, the letters of unspaced text.</summary>
    public static bool IsIdeographOrKana(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FA') or (>= '\u30FC' and <= '\u30FF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>"、", "。", "「", "」", "・" and the full-width "，", "：", "（", "）", "！", "？".</summary>
    private static bool IsIdeographicPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or '\u30FB' or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65');
}
