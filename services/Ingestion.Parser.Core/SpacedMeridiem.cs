namespace Ingestion.Parser.Core;

/// <summary>
/// "06:28 p. m.", "9:05 a. m.": the Spanish Academy's style, followed by most Latin American papers, parts the letters
/// of the meridiem with a space, so they reach the date reader as two words ("p" and "m") that neither reads alone.
/// </summary>
internal static class SpacedMeridiem
{
    /// <summary>The hours the meridiem adds (0 or 12) when <paramref name="word"/> is its first letter right after a clock.</summary>
    public static int? Opens(ReadOnlySpan<char> word, bool afterClock) =>
        !afterClock || word.Length != 1 ? null
        : word[0] is 'p' or 'P' ? 12
        : word[0] is 'a' or 'A' ? 0
        : null;

    /// <summary>Whether <paramref name="word"/> is the meridiem's closing "m".</summary>
    public static bool Closes(ReadOnlySpan<char> word) => word is "m" or "M";
}
