namespace Ingestion.Parser.Core;

/// <summary>
/// "Startseite > Politik > Ausland > Syrien" / "Syrien-ResolutionKerry und Lawrow ringen um jedes Wort": a German news
/// magazine prints the topic and the headline in two spans of one heading with no space or colon between them, and a
/// text browser glues the kicker's last letter to the headline's first capital. Where the breadcrumb (or a line of its
/// own) right above names the glued word's front part, or that part's first half ("Syrien" of "Syrien-Resolution"), the
/// front part is the kicker. A brand written in camel case ("WikiLeaks", "ThyssenKrupp") has no breadcrumb naming its
/// front half, so it stays whole.
/// </summary>
internal static class GluedKickerOnHeadline
{
    private static readonly string[] BreadcrumbSeparators = [" > ", " › ", " » ", " / "];

    /// <summary>How many non-blank lines above the headline the topic may be printed.</summary>
    private const int Reach = 3;

    private const int ShortestKicker = 4;

    private const int ShortestHeadlineWords = 3;

    public static string Strip(string title, PageLines lines, int titleIndex)
    {
        var firstWordEnd = title.IndexOf(' ');
        var glue = firstWordEnd > 0 ? GlueAt(title.AsSpan(0, firstWordEnd)) : -1;
        if (glue < 0 || Words.Count(title.AsSpan(glue)) < ShortestHeadlineWords)
        {
            return title;
        }

        var kicker = title.AsSpan(0, glue);
        var topic = kicker.IndexOf('-') is > 0 and var hyphen ? kicker[..hyphen] : kicker;
        for (var (i, seen) = (titleIndex - 1, 0); i >= 0 && seen < Reach; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            var line = lines[i].Text.AsSpan().Trim();
            if (line.Equals(kicker, StringComparison.OrdinalIgnoreCase) || EndsBreadcrumbWith(line, kicker) || EndsBreadcrumbWith(line, topic))
            {
                return title[glue..];
            }
        }

        return title;
    }

    /// <summary>Where a capital opening a lower-case run follows a lower-case letter, after a front part long enough to be a word.</summary>
    private static int GlueAt(ReadOnlySpan<char> word)
    {
        for (var i = ShortestKicker; i + 1 < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsBreadcrumbWith(ReadOnlySpan<char> line, ReadOnlySpan<char> item)
    {
        if (!line.EndsWith(item, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var separator in BreadcrumbSeparators)
        {
            if (line[..^item.Length].EndsWith(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
