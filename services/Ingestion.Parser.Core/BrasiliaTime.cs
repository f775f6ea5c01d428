namespace Ingestion.Parser.Core;

/// <summary>
/// "Publicado em 26/09/2013 às 17h35 (hora de Brasília)": Brazilian papers name their clock after the capital, in words,
/// where other pages print an abbreviation. Brasília's clock is three hours behind UTC, two in the Brazilian summer time of
/// 2008–2018 (third Sunday of October to third Sunday of February, the rule of Decree 6.558/2008; the carnival years that
/// moved the end by a week are not modelled). Summer time ended in 2019.
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

    /// <summary>Summer time began at midnight of the third Sunday of October and ended at midnight of the third Sunday of February.</summary>
    internal static bool IsSummerTime(DateTime local)
    {
        var year = local.Year;
        if (local.Month >= 10)
        {
            return year is >= 2008 and <= 2018 && local >= ThirdSunday(year, 10);
        }

        return local.Month <= 2 && year - 1 is >= 2008 and <= 2018 && local < ThirdSunday(year, 2);
    }

    private static DateTime ThirdSunday(int year, int month)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 14);
    }
}
