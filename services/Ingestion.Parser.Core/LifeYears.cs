namespace Ingestion.Parser.Core;

/// <summary>
/// "1931 - 2013": a newspaper's obituary notice prints only the years of birth and death under the name, where others
/// print whole dates ("May 4, 1931 - September 23, 2013", <see cref="LifeDates"/>). Two years at least two apart across
/// a spaced dash, nothing else on the line; a season ("2012 - 2013") is one year apart and no life.
/// </summary>
internal static class LifeYears
{
    private const int FewestYears = 2;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length != 11 || !char.IsAsciiDigit(text[0]) || text[4] != ' ' || text[6] != ' ' || text[5] is not ('-' or '–' or '—'))
        {
            return false;
        }

        return Year(text[..4]) is { } born && Year(text[7..]) is { } died && died - born >= FewestYears;
    }

    private static int? Year(ReadOnlySpan<char> digits)
    {
        var year = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            year = (year * 10) + (c - '0');
        }

        return year is >= 1850 and <= 2100 ? year : null;
    }
}
