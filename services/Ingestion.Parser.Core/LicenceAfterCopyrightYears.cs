namespace Ingestion.Parser.Core;

/// <summary>
/// "© 2007–16 CC BY-NC-SA 2.0 name | blog": a blogger who licenses the posts under Creative Commons names the licence
/// where a publication names itself after the sign and its years. The licence's name is no holder, and the years may
/// end on two digits ("2007–16"), which are no part of any name either.
/// </summary>
internal static class LicenceAfterCopyrightYears
{
    private static readonly PrefixSet Licences = new(["cc by", "cc-by", "cc0", "cc 0", "creative commons"]);

    /// <summary>Whether the words after the sign and the years open with a Creative Commons licence's name.</summary>
    public static bool Opens(ReadOnlySpan<char> text) => Licences.Matches(text.TrimStart());

    /// <summary>
    /// "–16 CC BY …" after "2007": the range's two-digit end is cut off; anything else (a name opening with a number,
    /// "24 Heures Chrono") comes back as it is.
    /// </summary>
    public static ReadOnlySpan<char> WithoutShortYearEnd(ReadOnlySpan<char> text) =>
        text is ['-' or '–', >= '0' and <= '9', >= '0' and <= '9', ' ', ..] ? text[4..] : text;
}
