namespace Ingestion.Parser.Core;

/// <summary>
/// "The Westminster Telegram Tuesday 9 July 2013 Register Log in": a text browser prints the edition's date, and the top
/// bar's buttons after it, on the logo's line. A full date opened by its weekday names no site; the words before it do.
/// </summary>
internal static class EditionDateOnMasthead
{
    private const int MinNameWords = 2;

    private const int MaxNameWords = 5;

    /// <summary>The name before the edition date, or null when the line holds no such date after a name.</summary>
    public static string? NameBefore(string line)
    {
        // "The Lakeshore Sentinel      Wednesday, May 15, 2013": w3m sets the logo's and the date's table cells apart by a run of spaces.
        var text = Whitespace.Collapse(MastheadButtons.Without(line)).TrimEnd();
        if (text.Length > DateLineParser.LongestLine || !Words.HasDigit(text))
        {
            return null;
        }

        var space = -1;
        for (var words = 1; words <= MaxNameWords; words++)
        {
            space = text.IndexOf(' ', space + 1);
            if (space < 0)
            {
                return null;
            }

            if (words < MinNameWords)
            {
                continue;
            }

            var next = text.AsSpan(space + 1);
            var wordEnd = next.IndexOfAny(' ', ',');
            var word = wordEnd > 0 ? next[..wordEnd] : next;
            // "Fairmont Daily Star   2013-03-09", "The Lakeshore Sentinel   05/15/2013": a site that prints its dates as numbers
            // prints the edition's so, with no weekday, alone after the name.
            if ((DateWords.TryGet(word, out var kind, out _) && kind == DateWords.Kind.Weekday) || (wordEnd < 0 && IsNumericDate(word)))
            {
                var name = text[..space].TrimEnd(' ', ',', '|', '-');
                return DateLineParser.TryParseLine(text.AsSpan(space + 1), out var time) && time.Date is not null && Words.LooksLikeName(name) && EndsCapitalised(name)
                    && !BylineParser.OpensAsByline(name) ? name : null;
            }
        }

        return null;
    }

    /// <summary>"2013-03-09", "05/15/2013", "15.05.2013": three numbers, one of them a four-digit year, joined by one kind of mark.</summary>
    private static bool IsNumericDate(ReadOnlySpan<char> word)
    {
        if (word.Length is < 8 or > 10 || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1]))
        {
            return false;
        }

        var mark = word[word.IndexOfAnyExceptInRange('0', '9')];
        if (mark is not ('-' or '/' or '.') || word.Count(mark) != 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c != mark && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"The Westminster Telegram", not "Posted on": a masthead's last word is capitalised, a date label's need not be.</summary>
    private static bool EndsCapitalised(string name) => char.IsUpper(name[name.LastIndexOf(' ') + 1]);
}
