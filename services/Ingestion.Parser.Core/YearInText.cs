using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// Whether a piece of text names a year: four digits from 1900 to 2100 with no digit beside them ("2013", "18.03.2015",
/// "(2015)"), the range the date parser itself accepts. Several rules ask "does this line already carry its year?" before
/// reading a yearless day or a day name; one answer keeps them agreeing at the edges ("0800", "12345", "2150").
/// </summary>
internal static class YearInText
{
    private const int Earliest = 1900;
    private const int Latest = 2100;

    public static bool In(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('1', '2'); at >= 0 && at + 4 <= text.Length;)
        {
            if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + 4 == text.Length || !char.IsAsciiDigit(text[at + 4]))
                && int.TryParse(text.Slice(at, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= Earliest and <= Latest)
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOfAny('1', '2');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
