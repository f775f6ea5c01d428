namespace Ingestion.Parser.Core;

/// <summary>
/// "Gartenblatt2" as the JSON-LD author and the author meta on the site "Gartenblatt.at": a CMS names the accounts its
/// newsroom shares after the site and numbers them, and a story entered under one is signed by the account, no writer,
/// as a login spelling the site's name is (<see cref="SiteAccountByline"/>). The name is the site's name (its host name
/// without the domain ending, or its one word) followed by a number and nothing else; "Gartenblatt" alone is the site's
/// name, which the caller already knows, and a name of other words ("Anna2") no account of this site. Cost: span
/// comparisons on the one author name, no allocation.
/// </summary>
internal static class NumberedSiteAccount
{
    private const int MaxNumberDigits = 4;

    public static bool Is(ReadOnlySpan<char> author, ReadOnlySpan<char> site)
    {
        author = author.Trim();
        site = site.Trim();
        var digits = 0;
        while (digits < author.Length && char.IsAsciiDigit(author[author.Length - 1 - digits]))
        {
            digits++;
        }

        if (digits is 0 or > MaxNumberDigits || digits == author.Length)
        {
            return false;
        }

        // "Gartenblatt.at" names its host: the name is the part before the first dot.
        var name = site.IndexOf('.') is > 0 and var dot && !site.Contains(' ') ? site[..dot] : site;
        return name.Length >= 3 && author[..^digits].Equals(name, StringComparison.OrdinalIgnoreCase);
    }
}
