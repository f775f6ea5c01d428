namespace Ingestion.Parser.Core;

/// <summary>Zone abbreviations that news pages print after a time, and the offsets they stand for.</summary>
internal static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, double> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UTC"] = 0, ["UT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["BST"] = 1, ["WEST"] = 1, ["CET"] = 1, ["MEZ"] = 1,
        ["CEST"] = 2, ["MESZ"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6,
        ["PST"] = -8, ["PDT"] = -7, ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
        ["AST"] = -4, ["ADT"] = -3, ["NST"] = -3.5, ["NDT"] = -2.5,
        ["IST"] = 5.5, ["SGT"] = 8, ["HKT"] = 8, ["AWST"] = 8, ["JST"] = 9, ["KST"] = 9,
        ["ACST"] = 9.5, ["AEST"] = 10, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13,

        // Africa, the Gulf, Israel, South and South-East Asia, as their English-language papers print them. Left out
        // as ambiguous: "PST" (Philippine and Pacific), "BST"/"BDT" for Bangladesh, Israel's "IST" (India's here; an Irish page's is
        // Irish Standard Time, see IrishStandardTime).
        ["WAT"] = 1, ["CAT"] = 2, ["SAST"] = 2, ["EAT"] = 3, ["IDT"] = 3, ["GST"] = 4, ["PKT"] = 5, ["SLST"] = 5.5, ["NPT"] = 5.75,
        ["ICT"] = 7, ["WIB"] = 7, ["PHT"] = 8, ["MYT"] = 8, ["WITA"] = 8, ["WIT"] = 9,

        // Canada's French names, as Québec papers and Radio-Canada print them ("17 h 42 HAE"): heure normale (standard) and
        // heure avancée (daylight) of the Atlantic, Eastern, Central, Mountain ("Rocheuses") and Pacific zones, and Newfoundland.
        ["HNA"] = -4, ["HAA"] = -3, ["HNE"] = -5, ["HAE"] = -4, ["HNC"] = -6, ["HAC"] = -5,
        ["HNR"] = -7, ["HAR"] = -6, ["HNP"] = -8, ["HAP"] = -7, ["HNT"] = -3.5, ["HAT"] = -2.5,

        // Brazil's "horário de Brasília" as an abbreviation: "17h35 BRT", "BRST" in the Brazilian summer.
        ["BRT"] = -3, ["BRST"] = -2,
    };

    // The generic US zones ("ET") follow daylight saving; the standard offset is the winter one.
    private static readonly Dictionary<string, int> UnitedStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = -5, ["CT"] = -6, ["MT"] = -7, ["PT"] = -8, ["AKT"] = -9,
    };

    // "Updated: 10:42pm UK, Tuesday 24 September 2013": a British broadcaster names the country's clock, GMT in winter
    // and BST in summer; "18:42 (hora de Lisboa)", mainland Portugal's, keeps the same hours; "at 4:28 am (Paris)", Le
    // Monde's English edition naming its own city's clock, Central European time.
    private static readonly Dictionary<string, int> Europe = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = 0,
        [LisbonTime.ZoneName] = 0,
        [ParisClock] = 1,
    };

    /// <summary>"Paris", the capital's name set after a clock as its zone.</summary>
    public const string ParisClock = "Paris";

    public static bool IsKnown(ReadOnlySpan<char> abbreviation) =>
        Fixed.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(abbreviation)
        || UnitedStates.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(abbreviation)
        || Europe.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(abbreviation);

    /// <summary>A known abbreviation set in capitals, as zones are printed ("EDT", "NZST"); "Sun" or "Uk" in a line is a word.</summary>
    public static bool IsKnownInCapitals(ReadOnlySpan<char> word) => !word.ContainsAnyExceptInRange('A', 'Z') && IsKnown(word);

    public static TimeSpan? OffsetAt(string abbreviation, DateTime local)
    {
        if (Fixed.TryGetValue(abbreviation, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        if (UnitedStates.TryGetValue(abbreviation, out var standard))
        {
            return TimeSpan.FromHours(standard + (IsUnitedStatesDaylightTime(local) ? 1 : 0));
        }

        if (abbreviation == BrasiliaTime.ZoneName)
        {
            return BrasiliaTime.OffsetAt(local);
        }

        if (Europe.TryGetValue(abbreviation, out var winter))
        {
            return TimeSpan.FromHours(winter + (IsEuropeanSummerTime(local) ? 1 : 0));
        }

        return null;
    }

    /// <summary>EU and UK rules since 1996: last Sunday of March to last Sunday of October, at 1 am GMT (local hours 1 and 2).</summary>
    internal static bool IsEuropeanSummerTime(DateTime local)
    {
        var year = local.Year;
        return local >= LastSunday(year, 3).AddHours(1) && local < LastSunday(year, 10).AddHours(2);
    }

    /// <summary>US rules since 2007: second Sunday of March to first Sunday of November; before, first Sunday of April to last Sunday of October; both at 2 am.</summary>
    internal static bool IsUnitedStatesDaylightTime(DateTime local)
    {
        var year = local.Year;
        var (start, end) = year >= 2007
            ? (NthSunday(year, 3, 2), NthSunday(year, 11, 1))
            : (NthSunday(year, 4, 1), LastSunday(year, 10));
        return local >= start.AddHours(2) && local < end.AddHours(2);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
