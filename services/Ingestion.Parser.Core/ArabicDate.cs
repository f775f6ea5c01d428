using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)": an Arabic page's date line names the weekday and month in
/// Arabic (the Levantine month names, the ones taken from the European months, often both joined by a slash), sets the
/// Arabic comma between its parts and may write its digits in Arabic-Indic figures. Read word for word as the English
/// line it says ("Wednesday, 28 August 2013, last updated 14:00 (GMT+0400)"), so the date reader's own rules (the
/// clock, the zone, the labels) apply unchanged. Asked only of a short line with an Arabic letter that failed as printed.
/// </summary>
internal static class ArabicDate
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["الأحد"] = "Sunday", ["الاحد"] = "Sunday", ["الاثنين"] = "Monday", ["الإثنين"] = "Monday", ["الثلاثاء"] = "Tuesday",
        ["الأربعاء"] = "Wednesday", ["الاربعاء"] = "Wednesday", ["الخميس"] = "Thursday", ["الجمعة"] = "Friday", ["السبت"] = "Saturday",
        // The Levantine and Iraqi months.
        ["شباط"] = "February", ["آذار"] = "March", ["اذار"] = "March", ["نيسان"] = "April", ["أيار"] = "May", ["ايار"] = "May",
        ["حزيران"] = "June", ["تموز"] = "July", ["آب"] = "August", ["اب"] = "August", ["أيلول"] = "September", ["ايلول"] = "September",
        // The months taken from the European names (Egypt, the Gulf), and the French ones of the Maghreb.
        ["يناير"] = "January", ["فبراير"] = "February", ["مارس"] = "March", ["أبريل"] = "April", ["ابريل"] = "April", ["إبريل"] = "April",
        ["مايو"] = "May", ["يونيو"] = "June", ["يونيه"] = "June", ["يوليو"] = "July", ["يوليه"] = "July", ["أغسطس"] = "August",
        ["اغسطس"] = "August", ["سبتمبر"] = "September", ["أكتوبر"] = "October", ["اكتوبر"] = "October", ["نوفمبر"] = "November",
        ["ديسمبر"] = "December", ["جانفي"] = "January", ["فيفري"] = "February", ["أفريل"] = "April", ["افريل"] = "April",
        ["جوان"] = "June", ["جويلية"] = "July", ["أوت"] = "August", ["اوت"] = "August",
        // The labels and words around the date: "published", "updated", "on", "at", "a.m.", "p.m.".
        ["نشر"] = "published", ["نُشر"] = "published", ["تحديث"] = "updated", ["في"] = "on", ["بتاريخ"] = "on", ["الساعة"] = "at",
        ["صباحا"] = "AM", ["صباحاً"] = "AM", ["مساء"] = "PM", ["مساءً"] = "PM",
    };

    /// <summary>The months and the label written in two words, read before the single words.</summary>
    private static readonly (string Arabic, string English)[] Phrases =
    [
        ("كانون الثاني", "January"), ("كانون الأول", "December"), ("كانون الاول", "December"),
        ("تشرين الأول", "October"), ("تشرين الاول", "October"), ("تشرين الثاني", "November"),
        ("آخر تحديث", "last updated"), ("اخر تحديث", "last updated"),
    ];

    /// <summary>The line in English words and ASCII digits, or null when it has no Arabic letter or a word this reader does not know.</summary>
    public static string? Normalised(ReadOnlySpan<char> line)
    {
        if (line.Length > DateLineParser.LongestLine || !HasArabicLetter(line))
        {
            return null;
        }

        var text = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            text.Append(c switch
            {
                '،' => ',',
                >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
                >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
                _ => c,
            });
        }

        foreach (var (arabic, english) in Phrases)
        {
            text.Replace(arabic, english);
        }

        var result = new StringBuilder(text.Length + 32);
        var afterClock = false;
        foreach (var token in text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "10:30 م": after a clock the letter is "p.m." ("ص", "a.m."); after a year ("2013 م") it is "AD", said by no English date.
            var english = token.TrimEnd(',') switch
            {
                "م" => afterClock ? "PM" : string.Empty,
                "ص" when afterClock => "AM",
                _ => Translated(token),
            };

            if (english is null)
            {
                return null;
            }

            if (english.Length > 0)
            {
                result.Append(result.Length > 0 ? " " : string.Empty).Append(english);
            }

            afterClock = token.Contains(':');
        }

        return result.ToString();
    }

    /// <summary>"آب/اغسطس," as "August,": each part of a slashed pair read, one month named twice said once.</summary>
    private static string? Translated(string token)
    {
        var word = token.TrimEnd(',');
        var comma = token[word.Length..];
        if (!HasArabicLetter(word))
        {
            return token;
        }

        if (word.Split('/') is [var first, var second] && Words.TryGetValue(first, out var one) && Words.TryGetValue(second, out var other) && one == other)
        {
            return one + comma;
        }

        return Words.TryGetValue(word, out var english) ? english + comma : null;
    }

    private static bool HasArabicLetter(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0620', '\u064A') >= 0;
}
