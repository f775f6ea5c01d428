namespace Ingestion.Parser.Core;

/// <summary>
/// "24 Ago, 2026", "24 ago. 2026": Spanish and Portuguese pages shorten "agosto" to the English "ago". Right after a day's
/// number, with no unit of an age read ("3 days ago"), the word can only be the month.
/// </summary>
internal static class AgostoAbbreviation
{
    public const int August = 8;

    public static bool IsMonth(ReadOnlySpan<char> word, bool afterDayNumber, bool unitRead, bool monthRead) =>
        afterDayNumber && !unitRead && !monthRead && word.Equals("ago", StringComparison.OrdinalIgnoreCase);
}
