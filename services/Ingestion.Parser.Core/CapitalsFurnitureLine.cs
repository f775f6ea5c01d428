namespace Ingestion.Parser.Core;

/// <summary>
/// "VIDEO", "WATCH LIVE", "LOG IN | SUBSCRIBE", "SLIDE 1 OF 3", "LIKE · REPLY · 12": a scraper reading the rendered
/// text (innerText) applies CSS "text-transform: uppercase", which many templates put on menus, buttons and counters. A
/// line in capitals made only of such furniture words (with counts and separators) is read as the template's usual
/// print ("Video", "Log in | Subscribe", "Slide 1 of 3"), so that the rules telling furniture from a masthead or a headline
/// see it as they see it in mixed case. A line holding any other word (a masthead, a kicker, a name) is left as printed.
/// </summary>
internal static class CapitalsFurnitureLine
{
    /// <summary>The longest such line ("LOGGED IN VIA FACEBOOK | SIGN OUT" is shorter).</summary>
    private const int MaxLength = 40;

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "video", "videos", "watch", "live", "now", "playing", "sign", "log", "logged", "in", "out", "register", "subscribe",
        "slide", "of", "like", "reply", "share", "via", "facebook", "google", "twitter",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Names kept capitalised when the line is restored.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase) { "facebook", "google", "twitter" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<TextLine> Normalize(List<TextLine> lines) => LineTextRewrite.Each(lines, Restored);

    /// <summary>The line in its usual print when it is furniture in capitals, else null.</summary>
    public static string? Restored(string text)
    {
        // Cheap first: a short line whose first letter and the character after it are capitals ("The …" fails at once).
        if (text.Length is < 2 or > MaxLength)
        {
            return null;
        }

        var first = 0;
        while (first < text.Length && !char.IsLetter(text[first]))
        {
            first++;
        }

        if (first + 1 >= text.Length || !char.IsUpper(text[first]) || !char.IsUpper(text[first + 1]))
        {
            return null;
        }

        // "WATCH:" and "WATCH" alone label the clip under them, and "LIVE" alone is a live page's badge: the rules read them
        // in capitals.
        if (text[^1] == ':' || text.AsSpan().Trim() is "LIVE" or "WATCH")
        {
            return null;
        }

        // Every letter run a furniture word, no small letter anywhere; a letter run right after a digit is a unit ("5Y").
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && char.IsLower(text[i]))
            {
                return null;
            }

            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var afterDigit = start > 0 && char.IsDigit(text[start - 1]);
                if (!afterDigit && !WordsBySpan.Contains(text.AsSpan(start, i - start)))
                {
                    return null;
                }

                start = -1;
            }
        }

        return Cased(text);
    }

    /// <summary>
    /// Each part between separators in sentence case ("Log in | Subscribe", "Like · Reply · 12 · 5y"): its first word
    /// capitalised unless a count opens the part ("1 of 8"), names capitalised, the rest small.
    /// </summary>
    private static string Cased(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            var partStart = true;
            var start = -1;
            for (var i = 0; i <= source.Length; i++)
            {
                var letter = i < source.Length && char.IsLetter(source[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var word = source.AsSpan(start, i - start);
                    var capital = partStart || NamesBySpan.Contains(word);
                    for (var j = start; j < i; j++)
                    {
                        span[j] = j == start && capital ? source[j] : char.ToLowerInvariant(source[j]);
                    }

                    partStart = false;
                    start = -1;
                }

                if (i < source.Length && !letter)
                {
                    span[i] = source[i];
                    if (char.IsDigit(source[i]))
                    {
                        partStart = false;
                    }
                    else if (source[i] is '|' or '·' or '•' or '/' or '›' or '»')
                    {
                        partStart = true;
                    }
                }
            }
        });
    }
}
