namespace Ingestion.Parser.Core;

/// <summary>
/// "BBC" as the application's name (a broadcaster's site-wide frame sets it on every service) over a document title
/// "Headline - BBC中文网 - Section": the title names the service the page belongs to, the application's name widened by a
/// word ("BBC中文网", "BBC Mundo"). That title part is the site; the application's name alone is the whole group's.
/// Only a part after the headline that begins with the application's name and adds one short word to it counts.
/// </summary>
internal static class ApplicationNameWidenedInTitle
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | "];

    /// <summary>The longest word the title adds to the application's name.</summary>
    private const int LongestAddedWord = 12;

    /// <summary>The title's part that widens the application's name, or null when no part after the headline does.</summary>
    public static string? Site(string application, string? documentTitle)
    {
        if (application.Length < 2 || string.IsNullOrEmpty(documentTitle))
        {
            return null;
        }

        var title = documentTitle.AsSpan().Trim();
        foreach (var separator in Separators)
        {
            // Parts after the first: the first is the headline.
            var rest = title;
            var first = true;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf(separator, StringComparison.Ordinal);
                var part = (end < 0 ? rest : rest[..end]).Trim();
                rest = end < 0 ? [] : rest[(end + separator.Length)..];
                if (!first && Widens(part, application))
                {
                    return part.ToString();
                }

                first = false;
            }
        }

        return null;
    }

    /// <summary>"BBC中文网" or "BBC Mundo" beside "BBC": the name, then one word, glued or after one space.</summary>
    private static bool Widens(ReadOnlySpan<char> part, string application)
    {
        if (!part.StartsWith(application, StringComparison.Ordinal) || part.Length == application.Length)
        {
            return false;
        }

        var added = part[application.Length..];
        if (added[0] == ' ')
        {
            added = added[1..];
        }

        if (added.IsEmpty || added.Length > LongestAddedWord || !char.IsLetter(added[0]))
        {
            return false;
        }

        foreach (var c in added)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
