namespace Ingestion.Parser.Core;

/// <summary>
/// "Publicado em 26/09/2013 às 17h35 (hora de Brasília)": Brazilian papers name their clock after the capital, in words,
/// where other pages print an abbreviation. Brasília's clock is three hours behind UTC, two in its summer time, which each
/// year's decree set until it ended in 2019: mostly the third Sunday of October to the third of February, but a week
/// later in carnival years (2012, 2015), in November in others (2002, 2004, 2006, 2018).
/// </summary>
internal static class BrasiliaTime
{
    /// <summary>The zone name a date line carries once it has read "hora de Brasília".</summary>
    public const string ZoneName = "hora de Brasília";

    /// <summary>"hora", "horário": the word that opens the clock's name, right after a time.</summary>
    public static bool OpensName(ReadOnlySpan<char> word) =>
        word.Equals("hora", StringComparison.OrdinalIgnoreCase) || word.Equals("horário", StringComparison.OrdinalIgnoreCase)
        || word.Equals("horario", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Brasília" (or without its accent), the word that closes the clock's name.</summary>
    public static bool ClosesName(ReadOnlySpan<char> word) =>
        word.Equals("brasília", StringComparison.OrdinalIgnoreCase) || word.Equals("brasilia", StringComparison.OrdinalIgnoreCase);

    public static TimeSpan OffsetAt(DateTime local) => TimeSpan.FromHours(IsSummerTime(local) ? -2 : -3);

    /// <summary>The days each summer time began and ended, at local midnight, as the IANA time-zone database records the decrees.</summary>
    private static readonly (DateTime Start, DateTime End)[] SummerTimes =
    [
        (new(1999, 10, 3), new(2000, 2, 27)),
        (new(2000, 10, 8), new(2001, 2, 18)),
        (new(2001, 10, 14), new(2002, 2, 17)),
        (new(2002, 11, 3), new(2003, 2, 16)),
        (new(2003, 10, 19), new(2004, 2, 15)),
        (new(2004, 11, 2), new(2005, 2, 20)),
        (new(2005, 10, 16), new(2006, 2, 19)),
        (new(2006, 11, 5), new(2007, 2, 25)),
        (new(2007, 10, 14), new(2008, 2, 17)),
        (new(2008, 10, 19), new(2009, 2, 15)),
        (new(2009, 10, 18), new(2010, 2, 21)),
        (new(2010, 10, 17), new(2011, 2, 20)),
        (new(2011, 10, 16), new(2012, 2, 26)),
        (new(2012, 10, 21), new(2013, 2, 17)),
        (new(2013, 10, 20), new(2014, 2, 16)),
        (new(2014, 10, 19), new(2015, 2, 22)),
        (new(2015, 10, 18), new(2016, 2, 21)),
        (new(2016, 10, 16), new(2017, 2, 19)),
        (new(2017, 10, 15), new(2018, 2, 18)),
        (new(2018, 11, 4), new(2019, 2, 17)),
    ];

    /// <summary>Whether a local time of 1999–2019 fell in a summer time; earlier years are not modelled.</summary>
    internal static bool IsSummerTime(DateTime local)
    {
        foreach (var (start, end) in SummerTimes)
        {
            if (local >= start && local < end)
            {
                return true;
            }
        }

        return false;
    }
}
