namespace Ingestion.Parser.Core;

/// <summary>
/// "U.S. Edition", "International Edition", "U.S. Edition Home": the edition picker over a national site's menu, one
/// edition a link. With blank lines round it the picker is a block of short menu lines; printed with none (a scraper's
/// one line per element) it runs into the menu and the masthead under it, and is the first name-like line on the page.
/// It names an edition of the site, never the site.
/// </summary>
internal static class EditionPickerItem
{
    private const int MaxLength = 40;

    private const int MaxEditionWords = 2;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 9 or > MaxLength || !text.Contains(" Edition", StringComparison.Ordinal))
        {
            return false;
        }

        if (text.EndsWith(" Home", StringComparison.Ordinal))
        {
            text = text[..^" Home".Length];
        }

        if (!text.EndsWith(" Edition", StringComparison.Ordinal))
        {
            return false;
        }

        var edition = text[..^" Edition".Length].Trim();
        return !edition.IsEmpty && char.IsUpper(edition[0]) && !edition.StartsWith("The ", StringComparison.Ordinal) && Words.Count(edition) <= MaxEditionWords;
    }
}
