namespace Ingestion.Parser.Core;

/// <summary>
/// Which number comes first in the page's slash dates, when one of them shows it: Drupal's default
/// "Tue, 03/12/2013 - 14:05" over a comment's "Wed, 03/13/2013 - 09:15" is month first, a British "25/12/2012" day
/// first. A page writes all its dates one way, so one date whose day is over 12 settles the others ("03/12/2013").
/// </summary>
/// <remarks>
/// A fact of the whole page that every date read needs, from about forty places that read one line each: it is set
/// for the thread while one page is parsed (parsing is synchronous) rather than passed down through all of them.
/// </remarks>
internal static class NumericDateOrder
{
    public enum Order
    {
        Unknown,
        MonthFirst,
        DayFirst,
    }

    [ThreadStatic]
    private static Order current;

    /// <summary>The order of the page being parsed on this thread; <see cref="Order.Unknown"/> outside a page.</summary>
    public static Order Current => current;

    /// <summary>Sets the order shown by <paramref name="text"/> until the returned scope is disposed.</summary>
    public static Scope For(string text)
    {
        var previous = current;
        current = Find(text);
        return new Scope(previous);
    }

    /// <summary>The order that the page's unambiguous slash dates agree on, or unknown when none or both show.</summary>
    public static Order Find(ReadOnlySpan<char> text)
    {
        var monthFirst = false;
        var dayFirst = false;
        var position = 0;
        while (position < text.Length && text[position..].IndexOf('/') is >= 0 and var found)
        {
            var slash = position + found;
            position = slash + 1;
            if (TryReadDate(text, slash, out var first, out var second))
            {
                monthFirst |= second > 12 && first <= 12;
                dayFirst |= first > 12 && second <= 12;
            }
        }

        return monthFirst == dayFirst ? Order.Unknown : monthFirst ? Order.MonthFirst : Order.DayFirst;
    }

    /// <summary>"03/13/2013", "3/13/13": one or two digits, a slash, one or two digits, a slash, two or four digits.</summary>
    private static bool TryReadDate(ReadOnlySpan<char> text, int slash, out int first, out int second)
    {
        second = 0;
        if (!TryReadNumber(text, slash, backwards: true, out first, out var firstLength) || firstLength > 2
            || !TryReadNumber(text, slash, backwards: false, out second, out var secondLength) || secondLength > 2)
        {
            return false;
        }

        var secondSlash = slash + secondLength + 1;
        return secondSlash < text.Length && text[secondSlash] == '/'
            && TryReadNumber(text, secondSlash, backwards: false, out _, out var yearLength) && yearLength is 2 or 4
            && (slash - firstLength == 0 || !IsDateCharacter(text[slash - firstLength - 1]))
            && (secondSlash + yearLength + 1 >= text.Length || !IsDateCharacter(text[secondSlash + yearLength + 1]));
    }

    // A digit or slash around the date makes it part of a longer path or number ("/2013/03/12/", "1/2/3/4").
    private static bool IsDateCharacter(char c) => char.IsAsciiDigit(c) || c == '/';

    private static bool TryReadNumber(ReadOnlySpan<char> text, int slash, bool backwards, out int value, out int length)
    {
        value = 0;
        length = 0;
        var step = backwards ? -1 : 1;
        var scale = 1;
        for (var i = slash + step; i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]) && length < 5; i += step)
        {
            var digit = text[i] - '0';
            value = backwards ? value + (digit * scale) : (value * 10) + digit;
            scale *= 10;
            length++;
        }

        return length > 0;
    }

    public readonly struct Scope(Order previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}
