using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "👍4", "👍 2🎉 1", "❤️ 12": a comment's reaction buttons, each an emoji with its tally, that a code host's discussions
/// (giscus) and chat-style widgets print under every comment. Nothing but pictographs and digits, it is no text of the
/// comment; an emoji alone (no tally) stays, as a reader may answer with one.
/// </summary>
internal static class EmojiTallyRow
{
    private const int MaxLength = 40;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        // Cheap gate: short, opening with a symbol outside the Latin range, holding a digit.
        if (text.Length is < 2 or > MaxLength || text[0] < '\u2000' || !Words.HasDigit(text))
        {
            return false;
        }

        var symbols = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c is ' ' or '\u200D' or '\uFE0F' or ',' or '.' or 'k' or 'K')
            {
                continue;
            }

            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol)
            {
                symbols++;
                continue;
            }

            return false;
        }

        return symbols > 0;
    }
}
