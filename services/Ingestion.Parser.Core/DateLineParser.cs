using System.Buffers;
using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// Reads dates and times the way pages print them ("September 26, 2013 at 9:05 am", "26/09/2013 09:05",
/// "2013-09-26T09:05:00Z", "26. September 2013 um 9:05 Uhr", "3 years ago") with a single pass over the words.
/// </summary>
internal static class DateLineParser
{
    private const string Separators = " \t,|·•@()[]{}—–/" + LenticularBracketDate.Brackets;

    /// <summary>The ASCII separators as bits, for the test of every character of a word.</summary>
    private static readonly UInt128 AsciiSeparators = AsciiBits(Separators);

    /// <summary>A line that holds a date or time and nothing else but the words that surround dates.</summary>
    public static bool TryParseLine(ReadOnlySpan<char> line, out PageTime time)
    {
        // "[2017-06-08]": w3m's stand-in for a picture, the start of its file name in brackets, is no date line.
        if (line is ['[', .., ']'] && !line.Contains(' '))
        {
            time = default;
            return false;
        }

        // "2023. 2. 5. 11:40": a Korean date, year first, is read before the words take "2. 5." for a German day and month.
        if (KoreanDottedDate.Normalised(line) is { } koreanDate)
        {
            return TryParseWords(koreanDate, out time);
        }

        if (TryParseWords(line, out time))
        {
            return true;
        }

        // "and last updated 2013-12-30 16:42:01-05": the second half of a posted-and-updated pair (ContinuedUpdateLabel).
        if (line.Length > 0 && line[0] is 'a' or 'A' && ContinuedUpdateLabel.Start(line) is > 0 and var update)
        {
            return TryParseWords(line[update..], out time);
        }

        if (HanziDate.Normalised(line) is { } hanziDate)
        {
            return TryParseWords(hanziDate, out time);
        }

        // "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00": an Arabic date line, read as the English words it says.
        if (ArabicDate.Normalised(line) is { } arabicDate)
        {
            return TryParseWords(arabicDate, out time);
        }

        // "18 հունվարի 2018 - 15:01 AMT": an Armenian date line, read as the English words it says.
        if (ArmenianDate.Normalised(line) is { } armenianDate)
        {
            return TryParseWords(armenianDate, out time);
        }

        // "2019年2月27日 読了時間 3 分": the reading time after the date is no part of it.
        if (ReadingTimeAfterHanziDate.Start(line) is > 0 and var readingTime)
        {
            return TryParseLine(line[..readingTime].TrimEnd(), out time);
        }

        // "发稿时间：2016-05-12 09:30:00": the date after a Chinese label, its colon glued to the date.
        if (HanziDate.AfterLabel(line) is > 0 and var afterLabel)
        {
            return TryParseLine(line[afterLabel..], out time);
        }

        // "9 March '13, 4:05pm": read again only when the line failed and holds a month's year with its century elided.
        if (line.IndexOfAny('\'', '’') > 0 && ElidedCenturyYear.Expanded(line) is { } fullYear)
        {
            return TryParseLine(fullYear, out time);
        }

        // "December 15, 20163:33 PM ET": read again only when the line failed and holds a year glued to its clock.
        if (line.Contains(':') && YearGluedToClock.Spaced(line) is { } spaced)
        {
            return TryParseWords(spaced, out time);
        }

        // "10/ 5/11 09:19 PM ET": read again only when the line failed and holds a slash date with a space-padded day.
        if (line.Contains('/') && SpacePaddedSlashDate.Closed(line) is { } closed)
        {
            return TryParseLine(closed, out time);
        }

        // "09/26 2013 05:41PM": read again only when the line failed and holds a slash date that a space parts from its year.
        return line.Contains('/') && SlashMonthDaySpaceYear.Joined(line) is { } joined && TryParseWords(joined, out time);
    }

    private static bool TryParseWords(ReadOnlySpan<char> line, out PageTime time)
    {
        time = default;
        if (!MayBeDateLine(line.Length, Words.HasDigit(line)) || ArchiveMonthCount.Is(line))
        {
            return false;
        }

        var state = new State();
        var position = 0;
        while (NextToken(line, ref position) is { Length: > 0 } token)
        {
            // One word that is no part of a date makes it another kind of line: most lines show it in their first words.
            if (!state.Read(token))
            {
                return false;
            }

            SkipZoneRegion(line, ref position, state);
        }

        var otherWords = 0;
        if (state.Result(ref otherWords) is not { } parsed || otherWords > 0)
        {
            return false;
        }

        time = parsed;
        return true;
    }

    /// <summary>The longest date line.</summary>
    public const int LongestLine = 100;

    /// <summary>The longest date line without a digit: only short relative lines ("Yesterday", "a year ago").</summary>
    public const int LongestWithoutDigit = 30;

    public static bool MayBeDateLine(int length, bool hasDigit) => length <= LongestLine && (length <= LongestWithoutDigit || hasDigit);

    /// <summary>The date or time found in <paramref name="text"/>, counting the words that are no part of one.</summary>
    public static PageTime? Parse(ReadOnlySpan<char> text, out int otherWords)
    {
        var state = new State();
        otherWords = 0;
        var position = 0;
        while (NextToken(text, ref position) is { Length: > 0 } token)
        {
            if (!state.Read(token))
            {
                otherWords++;
            }

            SkipZoneRegion(text, ref position, state);
        }

        return state.Result(ref otherWords);
    }

    /// <summary>A machine-readable timestamp from an attribute or JSON-LD, falling back to the page-text formats.</summary>
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.AsSpan().Trim();
        // "2026-07-27CEST10:42:45+02:00": PHP's zone letter printed where the "T" belongs (ZoneNameForIsoSeparator).
        return Parse(SpacedIsoTimestamp.WithT(trimmed) is { } isoForm ? isoForm : BasicIsoTimestamp.Extended(trimmed) is { } extended ? extended
            : DashedDateCompactClock.WithColons(trimmed) is { } colons ? colons : ZoneNameForIsoSeparator.WithT(trimmed) is { } separated ? separated : trimmed, out _) is { } parsed
            ? parsed.ToIso()
            : null;
    }

    /// <summary>"3:05 p.m. MST (Arizona)": the place a zone abbreviation is glossed with, passed over (<see cref="ZoneRegionInBrackets"/>).</summary>
    private static void SkipZoneRegion(ReadOnlySpan<char> text, ref int position, in State state)
    {
        if (state.ZoneWasLast && ZoneRegionInBrackets.End(text, position) is > 0 and var end)
        {
            position = end;
        }
    }

    private static ReadOnlySpan<char> NextToken(ReadOnlySpan<char> text, ref int position)
    {
        position = SkipSeparators(text, position);
        var start = position;
        position = SkipWord(text, position);

        // Slashes separate words ("Reply/Report") but also hold numeric dates together ("26/09/2013").
        while (position < text.Length && text[position] == '/' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1])
            && position > start && char.IsAsciiDigit(text[position - 1]))
        {
            position = SkipWord(text, position + 1);
        }

        // "a la(s) 14:38": a plural hedged in brackets (the Facebook plugin's Spanish strings) is one word, not two.
        if (position > start && text[position..].StartsWith("(s)", StringComparison.Ordinal))
        {
            position += 3;
        }

        return text[start..position];
    }

    // Character by character: words and the gaps between them are a few characters long, shorter than a vectorised
    // search needs to pay off.
    private static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsSeparator(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsSeparator(char c) =>
        c < 128 ? ((AsciiSeparators >> c) & UInt128.One) != UInt128.Zero : Separators.Contains(c, StringComparison.Ordinal);

    private static UInt128 AsciiBits(string characters)
    {
        var bits = UInt128.Zero;
        foreach (var c in characters)
        {
            bits |= c < 128 ? UInt128.One << c : UInt128.Zero;
        }

        return bits;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && !IsSeparator(text[position]))
        {
            position++;
        }

        return position;
    }

    private struct State
    {
        private int _month, _year, _bareNumberCount, _firstBare, _lastBare, _countedBare, _strayBeforeCount;

        /// <summary>Bare numbers written with a dot after them ("27." and "9." of "27. 9. 2013"), and whether this token is one.</summary>
        private int _dottedBareCount;
        private bool _tokenDotted;
        private DateOnly? _date;
        private TimeOnly? _time;
        private string? _zone;

        /// <summary>"2013 MYT 12:00:00 AM": a zone read after the year, the clock's only if the clock comes next (<see cref="ZoneBeforeClock"/>).</summary>
        private string? _zoneBeforeClock;

        /// <summary>Zones held after the year that no clock followed: words of no date, counted so.</summary>
        private int _unusedZones;

        /// <summary>"12:00:00", "8:14": digits, a colon, digits; what <see cref="TryTime"/> goes on to read in full.</summary>
        private static bool LooksLikeClock(ReadOnlySpan<char> token) => token.IndexOf(':') is > 0 and <= 2 && char.IsAsciiDigit(token[0]);
        private TimeSpan? _offset;
        private bool _relativeMarker, _relativeDay, _unit, _previousWasTime, _previousBareSmall, _previousBare;

        /// <summary>
        /// A count of three digits ("181 months ago", an old comment's age on a page saved years later) is an age's count
        /// only right before its unit; held until the next token says, and one that counts no unit ("142 points") is a
        /// word of no date, as every number of three digits was before.
        /// </summary>
        private bool _previousLongCount;
        private int _longCountsUncounted;
        private (int Year, int First, int Second)? _ambiguous;
        private bool _twelveHourClock;
        private int _weekday;

        /// <summary>"Tue, 03/12/2013 - 14:05": Drupal's default "D, m/d/Y - H:i", the weekday and a dash before the clock.</summary>
        private bool _dashAfterAmbiguousDate;
        private int _pendingHour;
        private bool _hourPending;

        /// <summary>"23.08, 2012": a dotted day and month waiting for its year as the next word (<see cref="DottedDayMonthCommaYear"/>).</summary>
        private (int Day, int Month)? _dayMonthPending;
        private bool _previousWasDayMonth;

        /// <summary>"06:28 p. m.": the meridiem's first letter read right after the clock, waiting for its "m" (<see cref="SpacedMeridiem"/>).</summary>
        private int? _openMeridiem;

        /// <summary>"Recommend (3)" beside a comment's date: the next number counts the button's presses.</summary>
        private bool _buttonCountNext;

        /// <summary>"Fri 27 Sep 13": a day, the month's short name and a two-digit year, which the weekday confirms.</summary>
        private readonly bool HasWeekdayShortYearDate =>
            _month != 0 && _year == 0 && _bareNumberCount == 2 && _weekday != 0 && _lastBare < 70 && IsWeekday(2000 + _lastBare, _month, _firstBare);

        /// <summary>"17h35 (hora de Brasília)", "18:42 (hora de Lisboa)": "hora" or "horário" read right after the clock, waiting for the capital's name.</summary>
        private bool _capitalClockNamePending;

        /// <summary>"(hora de Portugal continental)": the country closed the clock's name, and "continental" may follow it.</summary>
        private bool _mainlandQualifierNext;

        /// <summary>Whether the token just read was a zone's abbreviation ("MST"), which a bracketed place may gloss.</summary>
        private bool _zoneWasLast;

        public readonly bool ZoneWasLast => _zoneWasLast;

        public bool Read(ReadOnlySpan<char> token)
        {
            _zoneWasLast = false;
            var wasTime = _previousWasTime;
            var wasBareSmall = _previousBareSmall;
            var wasBare = _previousBare;
            var wasLongCount = _previousLongCount;
            _previousLongCount = false;
            var wasDayMonth = _previousWasDayMonth;
            _previousWasDayMonth = false;
            var openMeridiem = _openMeridiem;
            _openMeridiem = null;
            var mainlandQualifierNext = _mainlandQualifierNext;
            _mainlandQualifierNext = false;
            _previousWasTime = false;
            _previousBareSmall = false;
            _previousBare = false;
            _tokenDotted = token.Length is 2 or 3 && token[^1] == '.' && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^2]);
            // Most tokens start and end with a letter or digit: nothing to trim, and no search of the marks for each end.
            if (token.Length > 0 && !(char.IsLetterOrDigit(token[0]) && char.IsLetterOrDigit(token[^1])))
            {
                token = token.Trim(".,:;!?\"'«»„“”");
            }

            if (token.IsEmpty || !Words.HasLetterOrDigit(token))
            {
                _dashAfterAmbiguousDate |= token is "-" && _ambiguous is not null && _time is null;
                _previousWasTime = wasTime;
                return true;
            }

            // A zone held after the year is the clock's only when the clock comes next; before anything else it was a
            // word of no date, as it was before the zone was known there.
            if (_zoneBeforeClock is not null && !(Words.HasDigit(token) && LooksLikeClock(token)))
            {
                _zoneBeforeClock = null;
                _unusedZones++;
            }

            var buttonCountNext = _buttonCountNext;
            _buttonCountNext = false;
            if (!Words.HasDigit(token))
            {
                if (mainlandQualifierNext && LisbonTime.IsMainlandQualifier(token))
                {
                    return true;
                }

                if (RecommendButton.IsLabel(token))
                {
                    _buttonCountNext = true;
                    return true;
                }

                return ReadWord(token, wasTime, wasBareSmall, wasBare, wasLongCount, openMeridiem);
            }

            if (buttonCountNext && RecommendButton.IsCount(token))
            {
                return true;
            }

            if (TryIso(token))
            {
                _previousWasTime = _time is not null;
                return true;
            }

            if (TryTime(token))
            {
                _zone ??= _zoneBeforeClock;
                _zoneBeforeClock = null;
                _previousWasTime = true;
                return true;
            }

            if (_date is null && _year == 0 && _month == 0 && _time is null && _ambiguous is null && _bareNumberCount == 0 && _dayMonthPending is null
                && DottedDayMonthCommaYear.TryRead(token, out var heldDay, out var heldMonth))
            {
                _dayMonthPending = (heldDay, heldMonth);
                _previousWasDayMonth = true;
                return true;
            }

            if (wasDayMonth && _dayMonthPending is var (pendingDay, pendingMonth) && token.Length == 4 && TryDigits(token, out var pendingYear)
                && TrySetDate(pendingYear, pendingMonth, pendingDay))
            {
                _dayMonthPending = null;
                _year = pendingYear;
                return true;
            }

            return TryNumericDate(token) || (wasTime && (TryOffset(token) || TryNamedOffset(token))) || TryDottedClock(token) || TryDottedMonthName(token) || ReadNumber(token);
        }

        /// <summary>"17:05 (UTC+1)", "9:05 GMT+01:00": a zone written as its offset from UTC.</summary>
        private bool TryNamedOffset(ReadOnlySpan<char> token) =>
            token.Length > 4 && (token.StartsWith("GMT", StringComparison.Ordinal) || token.StartsWith("UTC", StringComparison.Ordinal)) && TryOffset(token[3..]);

        /// <summary>"18.jun.2018": a day, the month's short name and the year joined by dots (Brazilian papers).</summary>
        private bool TryDottedMonthName(ReadOnlySpan<char> token)
        {
            var first = token.IndexOf('.');
            var last = token.LastIndexOf('.');
            if (first is < 1 or > 2 || last <= first + 1 || token.Length - last - 1 != 4
                || !TryDigits(token[..first], out var day) || !TryDigits(token[(last + 1)..], out var year)
                || !DateWords.TryGet(token[(first + 1)..last], out var kind, out var month) || kind != DateWords.Kind.Month)
            {
                return false;
            }

            return TrySetDate(year, month, day);
        }

        /// <summary>
        /// "06.00", "14.05": British and Nordic papers write the clock with a dot. Taken only once the year is read, so a
        /// price or a score before any date is never a time.
        /// </summary>
        private bool TryDottedClock(ReadOnlySpan<char> token)
        {
            var dot = token.IndexOf('.');
            if (_time is not null || (_date is null && _year == 0) || dot is < 1 or > 2 || token.Length - dot - 1 != 2
                || !TryDigits(token[..dot], out var hour) || !TryDigits(token[(dot + 1)..], out var minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            _time = new TimeOnly(hour, minute);
            _previousWasTime = true;
            return true;
        }

        private bool ReadWord(ReadOnlySpan<char> word, bool wasTime, bool wasBareSmall, bool wasBare, bool wasLongCount, int? openMeridiem)
        {
            if (wasTime && word.Length <= 5 && TimeZoneAbbreviations.IsKnownInCapitals(word))
            {
                _zone = word.ToString();
                _zoneWasLast = true;
                return true;
            }

            if (wasTime && word.Equals(TimeZoneAbbreviations.ParisClock, StringComparison.Ordinal))
            {
                _zone = TimeZoneAbbreviations.ParisClock;
                _zoneWasLast = true;
                return true;
            }

            if (ZoneAfterClockFirstDate.Closes(word, _time is not null, _year != 0 || _date is not null || _ambiguous is not null || HasWeekdayShortYearDate, _zone is not null))
            {
                _zone = word.ToString();
                _zoneWasLast = true;
                return true;
            }

            if (ZoneBeforeClock.Opens(word, _time is not null, _year != 0 || _date is not null, _zone is not null))
            {
                _zoneBeforeClock = word.ToString();
                return true;
            }

            // "17h35 (hora de Brasília)", "18:42 (hora de Lisboa)": the clock's zone named in words after a capital; "hora"
            // here is no unit of an age.
            if (wasTime && BrasiliaTime.OpensName(word))
            {
                _capitalClockNamePending = true;
                return true;
            }

            if (_capitalClockNamePending && BrasiliaTime.ClosesName(word))
            {
                _capitalClockNamePending = false;
                _zone = BrasiliaTime.ZoneName;
                return true;
            }

            if (_capitalClockNamePending && LisbonTime.ClosesName(word))
            {
                _capitalClockNamePending = false;
                _mainlandQualifierNext = LisbonTime.IsCountry(word);
                _zone = LisbonTime.ZoneName;
                return true;
            }

            // "14/11/2013 - 09:15 h": Spanish papers print the hour's mark apart from the clock, where "09:15h" is glued;
            // Argentine papers abbreviate "horas" so: "Jueves 26 de septiembre de 2013 | 18:42 hs.".
            if (word is "h" or "H" or "hs" or "Hs" && wasTime)
            {
                return true;
            }

            if (word is "h" or "H" && wasBare && _lastBare <= 23)
            {
                _pendingHour = _lastBare;
                _hourPending = true;
                _bareNumberCount--;
                return true;
            }

            if (SpacedMeridiem.Opens(word, wasTime && _time is not null) is { } half)
            {
                _openMeridiem = half;
                _previousWasTime = true;
                return true;
            }

            if (openMeridiem is { } opened && SpacedMeridiem.Closes(word) && _time is { } clock)
            {
                _time = ApplyMeridiem(clock, opened);
                _previousWasTime = true;
                return true;
            }

            if (NoonOrMidnight.TryRead(word, _time is not null, wasBareSmall && _lastBare == 12, out var named, out var takesTwelve))
            {
                _time = named;
                _bareNumberCount -= takesTwelve ? 1 : 0;
                _previousWasTime = true;
                return true;
            }

            if (!DateWords.TryGet(word, out var kind, out var value))
            {
                // "examiner.co.uk, Tuesday 13 September 2011": the site's host name printed before its date.
                return IsHostName(word);
            }

            switch (kind)
            {
                case DateWords.Kind.Month:
                    // "listopad" is October on a Croatian page, November on a Czech or Polish one.
                    _month = value == 11 && CroatianListopad.IsOctober && word.StartsWith("listopad", StringComparison.OrdinalIgnoreCase) ? 10 : value;
                    break;
                case DateWords.Kind.Meridiem when wasTime && _time is { } time:
                    _time = ApplyMeridiem(time, value);
                    _previousWasTime = true;
                    break;
                case DateWords.Kind.Meridiem when wasBareSmall:
                    _time = ApplyMeridiem(new TimeOnly(_lastBare, 0), value);
                    _bareNumberCount--;
                    _previousWasTime = true;
                    break;
                case DateWords.Kind.Weekday:
                    _weekday = value;
                    break;
                case DateWords.Kind.RelativeMarker when AgostoAbbreviation.IsMonth(word, wasBare && _lastBare is >= 1 and <= 31, _unit, _month != 0):
                    _month = AgostoAbbreviation.August;
                    break;
                case DateWords.Kind.RelativeMarker:
                    _relativeMarker = true;
                    break;
                case DateWords.Kind.RelativeDay:
                    _relativeDay = true;
                    break;
                // "Pubblicato il 26/09/2013 alle ore 16:20": Italian "ore" with no count before it is "o'clock", no unit of an
                // age ("3 ore fa"); so the French "il" of "il y a" beside it makes no relative time.
                case DateWords.Kind.Unit when !wasBare && word.Equals("ore", StringComparison.OrdinalIgnoreCase):
                    break;
                case DateWords.Kind.Unit or DateWords.Kind.UnitAgo when wasLongCount:
                    _unit = true;
                    _longCountsUncounted--;
                    _relativeMarker |= kind == DateWords.Kind.UnitAgo;
                    break;
                case DateWords.Kind.Unit or DateWords.Kind.UnitAgo:
                    _unit = true;
                    _relativeMarker |= kind == DateWords.Kind.UnitAgo;
                    // "of '14 2 days ago": the number right before the unit counts it; a number before it that counts no unit
                    // is no part of the age ("Class of '14" is a name). Numbers after the age are the buttons' ("Like (22)").
                    if (wasBare)
                    {
                        _strayBeforeCount = Math.Max(_strayBeforeCount, _bareNumberCount - _countedBare - 1);
                        _countedBare++;
                    }

                    break;
                case DateWords.Kind.Filler when wasTime && word.Equals("uhr", StringComparison.OrdinalIgnoreCase):
                    // "14:21 Uhr MESZ": the zone follows the clock's word.
                    _previousWasTime = true;
                    break;
                default:
                    break;
            }

            return true;
        }

        private static bool IsHostName(ReadOnlySpan<char> word) =>
            word.Length > 4 && word.IndexOf('.') is > 0 and var dot && dot < word.Length - 2 && !word.Contains(' ')
            && (word.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".uk", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith(".au", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".nz", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith(".ca", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".ie", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith(".net", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".org", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// "Thu, 04/07/2016": a weekday that fits one order only settles it; then the order of the page's other slash
        /// dates; then a British zone ("02/11/2023 02:00pm GMT", as British sites print a 12-hour clock), day first; then
        /// a 12-hour clock, since pages that write 9/4/2016 write 9:05 AM too, or Drupal's format; else day first.
        /// </summary>
        private readonly bool IsMonthFirst(int year, int first, int second)
        {
            var monthFirstDay = IsWeekday(year, first, second);
            var dayFirstDay = IsWeekday(year, second, first);
            if (monthFirstDay != dayFirstDay)
            {
                return monthFirstDay;
            }

            // Drupal's "Tue, 03/12/2013 - 14:05" is month first even where the weekday fits both readings (Tuesday 12 March
            // and 3 December 2013).
            return NumericDateOrder.Current switch
            {
                NumericDateOrder.Order.MonthFirst => true,
                NumericDateOrder.Order.DayFirst => false,
                _ => !IsBritishZone && (_twelveHourClock || (monthFirstDay && _dashAfterAmbiguousDate)),
            };
        }

        private readonly bool IsBritishZone => _zone is "GMT" or "BST";

        /// <summary>Whether the weekday the line names (if any) is that of this month and day.</summary>
        private readonly bool IsWeekday(int year, int month, int day) =>
            _weekday != 0 && month <= 12 && day <= DateTime.DaysInMonth(year, month) && ((int)new DateOnly(year, month, day).DayOfWeek + 6) % 7 + 1 == _weekday;

        private TimeOnly ApplyMeridiem(TimeOnly time, int addHours)
        {
            _twelveHourClock = true;
            return new(time.Hour % 12 + addHours, time.Minute, time.Second);
        }

        private bool ReadNumber(ReadOnlySpan<char> token)
        {
            var digits = token;
            var end = 0;
            while (end < digits.Length && char.IsAsciiDigit(digits[end]))
            {
                end++;
            }

            var suffix = digits[end..];
            digits = digits[..end];
            if (digits.IsEmpty || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            if (suffix.Length > 0)
            {
                // "2h" and "5m" are comment widgets' relative times, unless a date came first ("24 août à 9h": a time).
                if (suffix is "d" or "w" or "y" or "mo" or "min" or "hr" or "hrs" or "yr" or "yrs"
                    || (suffix is "h" or "m" && _month == 0 && _year == 0 && _bareNumberCount == 0 && _date is null))
                {
                    _relativeMarker = _unit = true;
                    return true;
                }

                if (digits.Length > 2 || !IsOrdinalSuffix(suffix))
                {
                    return false;
                }
            }

            if (digits.Length == 3 && suffix.IsEmpty)
            {
                _previousLongCount = true;
                _longCountsUncounted++;
                return true;
            }

            if (digits.Length == 4)
            {
                if (number is < 1900 or > 2100 || _year != 0)
                {
                    return false;
                }

                _year = number;
                return true;
            }

            if (digits.Length > 2)
            {
                return false;
            }

            if (_hourPending && number <= 59 && suffix.IsEmpty)
            {
                _time = new TimeOnly(_pendingHour, number);
                _hourPending = false;
                _previousWasTime = true;
                return true;
            }

            if (_bareNumberCount == 0)
            {
                _firstBare = number;
            }

            _lastBare = number;
            _bareNumberCount++;
            _dottedBareCount += _tokenDotted ? 1 : 0;
            _previousBare = true;
            _previousBareSmall = number is >= 1 and <= 12;
            return true;
        }

        private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
            suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
            || suffix is "er" or "e" or "º" or "°" or "o" or "ᵉʳ";

        private bool TryIso(ReadOnlySpan<char> token)
        {
            if (token.Length < 10 || token[4] != '-' || token[7] != '-'
                || !TryDigits(token[..4], out var year) || !TryDigits(token.Slice(5, 2), out var month) || !TryDigits(token.Slice(8, 2), out var day)
                || !TrySetDate(year, month, day))
            {
                return false;
            }

            var rest = token[10..];
            if (rest.IsEmpty)
            {
                return true;
            }

            if (rest[0] is not ('T' or 't'))
            {
                return false;
            }

            rest = rest[1..];
            // "2013-12-05T17:42GMT" (a British broadsheet's pubdate): a zone's abbreviation glued to the clock.
            var letters = rest.IndexOfAnyInRange('A', 'Z');
            if (letters > 0 && rest[letters..] is var named && named.Length is >= 3 and <= 5 && TimeZoneAbbreviations.IsKnown(named)
                && TryClock(rest[..letters], out var namedTime))
            {
                _time = namedTime;
                _zone = named.ToString();
                return true;
            }

            var zoneAt = rest.IndexOfAny("Zz+-");
            var clock = zoneAt < 0 ? rest : rest[..zoneAt];
            if (!TryClock(clock, out var time))
            {
                return false;
            }

            _time = time;
            if (zoneAt >= 0)
            {
                if (rest[zoneAt] is 'Z' or 'z')
                {
                    _offset = TimeSpan.Zero;
                }
                else if (!TryOffset(rest[zoneAt..]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryNumericDate(ReadOnlySpan<char> token)
        {
            token = token.TrimEnd('.');
            var separator = token.IndexOfAny("./-");
            if (separator < 1)
            {
                return false;
            }

            var mark = token[separator];
            var second = token[(separator + 1)..];
            var separator2 = second.IndexOf(mark);
            if (separator2 < 1
                || !TryDigits(token[..separator], out var a)
                || !TryDigits(second[..separator2], out var b)
                || !TryDigits(second[(separator2 + 1)..], out var c))
            {
                return false;
            }

            var firstLength = separator;
            var lastLength = second.Length - separator2 - 1;
            if (firstLength == 4)
            {
                return TrySetDate(a, b, c);
            }

            if (lastLength is not (2 or 4))
            {
                return false;
            }

            var year = lastLength == 4 ? c : c + (c < 70 ? 2000 : 1900);
            // "03-12-2013, 04:15 PM": vBulletin's dashed default is month first as well, and as plainly American by its clock;
            // so is a US magazine's dotted short date "03.12.13 2:05 PM", where a 24-hour clock keeps "12.03.13 14:05" day first.
            // DottedFullYearMeridiem (a widening): the same dotted date with its full year, "12.09.2016 @ 6:00 PM" in a US
            // blog's comment headers, is month first by its 12-hour clock too; "12.09.2016 18:00" or a date alone stays day first.
            if ((mark == '/' || (mark == '-' && lastLength == 4) || mark == '.') && a <= 12 && b <= 12)
            {
                // Ambiguous: settled in Result (IsMonthFirst).
                _ambiguous = (year, a, b);
                return true;
            }

            // "09.17.13": a dotted or dashed date is month first only when its second number cannot be a month.
            var dayFirst = a > 12 || (mark != '/' && b <= 12);
            return dayFirst ? TrySetDate(year, b, a) : TrySetDate(year, a, b);
        }

        private bool TryTime(ReadOnlySpan<char> token)
        {
            var meridiem = -1;
            if (EndsWithMeridiem(token, out var stripped, out var add))
            {
                token = stripped;
                meridiem = add;
            }
            else if (token.EndsWith("h", StringComparison.OrdinalIgnoreCase) && token.Contains(':'))
            {
                token = token[..^1];
            }

            // "17h42" in French and Portuguese, "17u42" in Flemish (uur).
            var french = token.IndexOfAny('h', 'H', 'u');
            if (french > 0 && !token.Contains(':'))
            {
                if (!TryDigits(token[..french], out var hour) || hour > 23)
                {
                    return false;
                }

                var minutes = token[(french + 1)..];
                var minute = 0;
                if (!minutes.IsEmpty && (!TryDigits(minutes, out minute) || minutes.Length != 2 || minute > 59))
                {
                    return false;
                }

                // "5h" alone is "five hours ago" far more often than five o'clock.
                if (minutes.IsEmpty)
                {
                    return false;
                }

                _time = new TimeOnly(hour, minute);
                return true;
            }

            if (!token.Contains(':'))
            {
                if (meridiem >= 0 && TryDigits(token, out var bareHour) && bareHour is >= 1 and <= 12)
                {
                    _time = ApplyMeridiem(new TimeOnly(bareHour, 0), meridiem);
                    return true;
                }

                // "4.12pm": with its meridiem a dotted clock is a time wherever it stands.
                if (meridiem >= 0 && token.IndexOf('.') is >= 1 and <= 2 and var dot && token.Length - dot == 3 && TryDigits(token[..dot], out var dottedHour)
                    && dottedHour is >= 1 and <= 12 && TryDigits(token[^2..], out var dottedMinute) && dottedMinute <= 59)
                {
                    _time = ApplyMeridiem(new TimeOnly(dottedHour, dottedMinute), meridiem);
                    return true;
                }

                return false;
            }

            if (!TryClock(token, out var time))
            {
                // "16:42:01-05": the offset glued to the clock's seconds (ClockGluedOffset).
                if (meridiem < 0 && ClockGluedOffset.SignAt(token) is > 0 and var sign && TryClock(token[..sign], out var zonedTime) && TryOffset(token[sign..]))
                {
                    _time = zonedTime;
                    return true;
                }

                return false;
            }

            _time = meridiem >= 0 ? ApplyMeridiem(time, meridiem) : time;
            return true;
        }

        private static bool EndsWithMeridiem(ReadOnlySpan<char> token, out ReadOnlySpan<char> rest, out int add)
        {
            foreach (var (suffix, hours) in (ReadOnlySpan<(string, int)>)[("a.m", 0), ("p.m", 12), ("am", 0), ("pm", 12)])
            {
                if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(token[^(suffix.Length + 1)]))
                {
                    rest = token[..^suffix.Length];
                    add = hours;
                    return true;
                }
            }

            // "7:10a", "11:38p": a blog network's short meridiem, only after a clock.
            if (token.Length > 4 && token[^1] is 'a' or 'p' && char.IsAsciiDigit(token[^2]) && token.Contains(':'))
            {
                rest = token[..^1];
                add = token[^1] == 'p' ? 12 : 0;
                return true;
            }

            rest = token;
            add = 0;
            return false;
        }

        private static bool TryClock(ReadOnlySpan<char> clock, out TimeOnly time)
        {
            time = default;
            var fraction = clock.IndexOf('.');
            if (fraction >= 0)
            {
                clock = clock[..fraction];
            }

            var colon = clock.IndexOf(':');
            if (colon is < 1 or > 2 || !TryDigits(clock[..colon], out var hour))
            {
                return false;
            }

            var rest = clock[(colon + 1)..];
            var second = 0;
            var colon2 = rest.IndexOf(':');
            if (colon2 >= 0)
            {
                if (!TryDigits(rest[(colon2 + 1)..], out second) || rest.Length - colon2 - 1 != 2)
                {
                    return false;
                }

                rest = rest[..colon2];
            }

            if (rest.Length != 2 || !TryDigits(rest, out var minute) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            time = new TimeOnly(hour, minute, second);
            return true;
        }

        private bool TryOffset(ReadOnlySpan<char> token) => TryOffsetShape(token) && ParseOffset(token);

        private static bool TryOffsetShape(ReadOnlySpan<char> token) =>
            token.Length >= 2 && token[0] is '+' or '-' or '−' && char.IsAsciiDigit(token[1]);

        private bool ParseOffset(ReadOnlySpan<char> token)
        {
            var sign = token[0] == '+' ? 1 : -1;
            var body = token[1..];
            int hours, minutes = 0;
            var colon = body.IndexOf(':');
            if (colon >= 0)
            {
                if (!TryDigits(body[..colon], out hours) || !TryDigits(body[(colon + 1)..], out minutes))
                {
                    return false;
                }
            }
            else if (body.Length == 4)
            {
                if (!TryDigits(body[..2], out hours) || !TryDigits(body[2..], out minutes))
                {
                    return false;
                }
            }
            else if (body.Length > 2 || !TryDigits(body, out hours))
            {
                return false;
            }

            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            _offset = sign * new TimeSpan(hours, minutes, 0);
            return true;
        }

        private bool TrySetDate(int year, int month, int day)
        {
            if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            // "Originally published 2011-03-10 at 9:05 PM | Page modified 2011-03-11 at 6:12 AM": a second, other date is no
            // part of the first; the line holds two times, not one.
            var date = new DateOnly(year, month, day);
            if (_date is { } known && known != date)
            {
                return false;
            }

            _date = date;
            return true;
        }

        private static bool TryDigits(ReadOnlySpan<char> span, out int value)
        {
            value = 0;
            if (span.IsEmpty || span.Length > 4)
            {
                return false;
            }

            foreach (var c in span)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        public PageTime? Result(ref int otherWords)
        {
            // A dotted day and month that no year followed was a word of no date, as before it was held.
            otherWords += _unusedZones + (_zoneBeforeClock is null ? 0 : 1) + (_dayMonthPending is null ? 0 : 1) + _longCountsUncounted;
            if ((_relativeMarker && _unit) || _relativeDay)
            {
                otherWords += _relativeDay ? 0 : _strayBeforeCount;
                return new PageTime(null, _time, _zone, _offset, Relative: true);
            }

            if (_ambiguous is var (year, first, second) && year is >= 1900 and <= 2100)
            {
                var (month, day) = IsMonthFirst(year, first, second) ? (first, second) : (second, first);
                _date = new DateOnly(year, month, day);
            }

            var date = _date;
            var usedBare = 0;
            if (date is null && _month != 0)
            {
                usedBare = 1;
                if (_bareNumberCount > 0 && _year != 0 && _firstBare >= 1 && _firstBare <= DateTime.DaysInMonth(_year, _month))
                {
                    date = new DateOnly(_year, _month, _firstBare);
                }
            }

            // "7:12am Wed 14 Mar 12": a day, the month's short name and a two-digit year, which the weekday confirms.
            if (date is null && HasWeekdayShortYearDate)
            {
                date = new DateOnly(2000 + _lastBare, _month, _firstBare);
                usedBare = 2;
            }

            // "Nov 10", "September 17 at 7:05pm": a day of the current year, as comment widgets print it; a date line, but with no value to give.
            if (date is null && _month != 0 && _year == 0 && _bareNumberCount == 1 && _firstBare is >= 1 and <= 31)
            {
                return new PageTime(null, null, _zone, _offset, Relative: true);
            }

            // "27. 9. 2013 16:41": Czech and Slovak typography spaces the dotted numeric date (SpacedDottedDate).
            if (date is null && _month == 0 && _year != 0 && _bareNumberCount == 2 && _dottedBareCount == 2
                && _lastBare is >= 1 and <= 12 && _firstBare >= 1 && _firstBare <= DateTime.DaysInMonth(_year, _lastBare))
            {
                date = new DateOnly(_year, _lastBare, _firstBare);
                usedBare = 2;
            }

            if (date is null && _time is null && (_month == 0 || _year == 0))
            {
                return null;
            }

            otherWords += Math.Max(0, _bareNumberCount - usedBare);
            return new PageTime(date, _time, _zone, _offset, Relative: false);
        }
    }
}
