using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// "18 հունվարի 2018 - 15:01 AMT": an Armenian page's date line names the month in Armenian, most often in the genitive
/// that a day before it takes ("հունվարի", of January), may name the weekday, may mark the year with "թ." (year) and
/// prints Armenia's clock as "AMT". Read word for word as the English line it says ("18 January 2018 - 15:01 GMT+0400"), so
/// the date reader's own rules (the clock, the zone, the labels) apply unchanged. "AMT" is Armenia Time (+04:00) only on
/// such a line: elsewhere it is as likely Amazon Time, so the zone table leaves it out. Asked only of a short line with an
/// Armenian letter that failed as printed; any other Armenian word (a sentence, an "archive" link) makes it no date line.
/// </summary>
internal static class ArmenianDate
{
    private static readonly Dictionary<string, string> Months = new(StringComparer.Ordinal)
    {
        // The months, in the genitive of a date ("18 հունվարի 2018") and as named alone ("հունվար 2018").
        ["հունվարի"] = "January", ["փետրվարի"] = "February", ["մարտի"] = "March", ["ապրիլի"] = "April", ["մայիսի"] = "May",
        ["հունիսի"] = "June", ["հուլիսի"] = "July", ["օգոստոսի"] = "August", ["սեպտեմբերի"] = "September",
        ["հոկտեմբերի"] = "October", ["նոյեմբերի"] = "November", ["դեկտեմբերի"] = "December",
        ["հունվար"] = "January", ["փետրվար"] = "February", ["մարտ"] = "March", ["ապրիլ"] = "April", ["մայիս"] = "May",
        ["հունիս"] = "June", ["հուլիս"] = "July", ["օգոստոս"] = "August", ["սեպտեմբեր"] = "September",
        ["հոկտեմբեր"] = "October", ["նոյեմբեր"] = "November", ["դեկտեմբեր"] = "December",
    };

    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.Ordinal)
    {
        ["կիրակի"] = "Sunday", ["երկուշաբթի"] = "Monday", ["երեքշաբթի"] = "Tuesday", ["չորեքշաբթի"] = "Wednesday",
        ["հինգշաբթի"] = "Thursday", ["ուրբաթ"] = "Friday", ["շաբաթ"] = "Saturday",
    };

    /// <summary>"թ.", the mark of a year ("2018թ.", "2018 թ."), said by no English date.</summary>
    private const string YearMark = "թ.";

    /// <summary>Armenia Time, printed after the clock.</summary>
    private const string ArmeniaTime = "AMT";

    /// <summary>
    /// The line in English words, or null when it has no Armenian letter, no Armenian month or a word this reader does not know.
    /// </summary>
    public static string? Normalised(ReadOnlySpan<char> line)
    {
        if (line.Length > DateLineParser.LongestLine || !HasArmenianLetter(line))
        {
            return null;
        }

        var result = new StringBuilder(line.Length + 16);
        var month = false;
        foreach (var token in line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimEnd(',');
            var comma = token[word.Length..];
            string english;
            if (word == YearMark)
            {
                english = comma;
            }
            else if (word.EndsWith(YearMark, StringComparison.Ordinal) && Words.AreAllDigits(word.AsSpan(0, word.Length - YearMark.Length)))
            {
                english = word[..^YearMark.Length] + comma;
            }
            else if (word == ArmeniaTime)
            {
                english = "GMT+0400" + comma;
            }
            else if (!HasArmenianLetter(word))
            {
                english = token;
            }
            else if (Months.TryGetValue(word, out var monthName))
            {
                month = true;
                english = monthName + comma;
            }
            else if (Weekdays.TryGetValue(word, out var weekday))
            {
                english = weekday + comma;
            }
            else
            {
                return null;
            }

            if (english.Length == 0)
            {
                continue;
            }

            if (english == "," && result.Length > 0)
            {
                result.Append(',');
                continue;
            }

            result.Append(result.Length > 0 ? " " : string.Empty).Append(english);
        }

        return month ? result.ToString() : null;
    }

    private static bool HasArmenianLetter(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0531', '\u0587') >= 0;
}
