namespace Ingestion.Parser.Core;

/// <summary>
/// A line of a news site's navigation menu: one section's link on a line of its own ("News", "Contact Us"), as a text
/// browser prints a list item ("  * Sports"), the skip link and the search box's button ("Skip to main content",
/// "Search"), or a row of section links joined by bars ("Home | News | Sports | Business | Opinion"). Chrome: never the
/// headline, never the site's name.
/// </summary>
internal static class SiteMenuLine
{
    /// <summary>The longest menu line asked about: a bar row of eight or so sections.</summary>
    private const int MaxLength = 120;

    private const int MinRowItems = 3;

    /// <summary>
    /// The sections and service links local and national news sites list in their menu bars (Blox, Brightspot, WordPress
    /// news themes, broadcasters' WorldNow pages), matched whole.
    /// </summary>
    private static readonly WordSet Items = new(
    [
        "home", "news", "local", "local news", "sports", "sport", "weather", "opinion", "obituaries", "obits", "business",
        "entertainment", "lifestyle", "lifestyles", "politics", "world", "nation", "health", "technology", "tech", "science",
        "education", "video", "videos", "photos", "classifieds", "jobs", "autos", "real estate", "community", "events",
        "calendar", "arts", "travel", "food", "money", "blogs", "traffic", "crime", "features", "columnists", "editorials",
        "multimedia", "marketplace", "contact us", "contact", "about us", "advertise", "subscribe", "e-edition", "search",
        "skip to main content", "skip to content",
    ]);

    /// <summary>"Business", "Sport": one word a menu bar lists as a section, matched whole and in any case.</summary>
    public static bool IsItem(ReadOnlySpan<char> word) => Items.Contains(word);

    public static bool Is(string line)
    {
        // Prose is turned down by its length before anything else is asked.
        if (line.Length > MaxLength)
        {
            return false;
        }

        var text = WithoutBullet(line.AsSpan().Trim());
        if (text.IsEmpty)
        {
            return false;
        }

        return text.Contains(" | ", StringComparison.Ordinal) ? IsRow(text, " | ")
            : text.Contains(" · ", StringComparison.Ordinal) ? IsRow(text, " · ")
            : Items.Contains(text) || IsSpacedRow(text);
    }

    /// <summary>The fewest words a row spaced by single blanks needs: "News Sports" may be a kicker, four sections are a menu.</summary>
    private const int MinSpacedRowItems = 4;

    /// <summary>
    /// "News Politics Business Sports Opinion Arts": the menu bar's links as a scraper prints an inline list (element
    /// text, <c>get_text(" ")</c>), one blank between them. Every word a one-word section, each capitalised: no headline
    /// is a list of section names.
    /// </summary>
    private static bool IsSpacedRow(ReadOnlySpan<char> text)
    {
        if (!char.IsUpper(text[0]) || text.IndexOf(' ') < 0)
        {
            return false;
        }

        var items = 0;
        foreach (var range in text.Split(' '))
        {
            var item = text[range];
            if (item.IsEmpty || !char.IsUpper(item[0]) || !Items.Contains(item))
            {
                return false;
            }

            items++;
        }

        return items >= MinSpacedRowItems;
    }

    /// <summary>"* News", "• Sports", "+ Local": a text browser's list marker before the link.</summary>
    private static ReadOnlySpan<char> WithoutBullet(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] is '*' or '•' or '+' or '·' && text[1] == ' ' ? text[2..].TrimStart() : text;

    /// <summary>
    /// "Home | News | Sports | Business | Entertainment | Opinion", "Home · Town · Schools · Sports · Subscribe": three items
    /// or more of up to three words, the first a known section (a row the logo opens, "Torque Report | News | First
    /// Drives", names the site) and at least half of them known.
    /// </summary>
    private static bool IsRow(ReadOnlySpan<char> text, string separator)
    {
        var items = 0;
        var unknown = 0;
        foreach (var range in text.Split(separator))
        {
            var item = text[range].Trim();
            items++;
            if (Items.Contains(item))
            {
                continue;
            }

            if (items == 1 || item.IsEmpty || Words.CountUpTo(item, 4) > 3)
            {
                return false;
            }

            unknown++;
        }

        return items >= MinRowItems && unknown * 2 <= items;
    }
}
