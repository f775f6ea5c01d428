namespace Ingestion.Parser.Core;

/// <summary>
/// "By &lt;a href="/author/hl/"&gt;The Harbour Ledger&lt;/a&gt;" on a site named The Harbour Ledger, "June 5, 2019 by
/// &lt;a rel="author"&gt;harbour&lt;/a&gt;" on Harbour Ledger: a republishing site posts under its own name or its
/// login, and the byline names the account, no writer. The writer, where the page names one, signs in the text
/// ("Written by: Julie Brand") and the text path reads that line.
/// </summary>
internal static class SiteAccountByline
{
    /// <summary>Longest login a CMS shows as its author ("harbour", "harbourledger").</summary>
    private const int MaxLogin = 30;

    /// <summary>Whether every name of <paramref name="authors"/> names the site <paramref name="site"/> or its login.</summary>
    public static bool AllNameSite(IReadOnlyList<string> authors, string? site) =>
        site is { Length: > 0 } && authors.Count > 0 && authors.All(author => Names(author, site));

    /// <summary>
    /// "The Harbour Ledger" for the site "The Harbour Ledger" (an article aside), "harbour" or "harbourledger"
    /// for "Harbour Ledger": the site's name, or a lower-case login spelling its first word or all its words joined.
    /// </summary>
    public static bool Names(string author, string? site)
    {
        if (site is not { Length: > 0 })
        {
            return false;
        }

        // "By The Harbour Ledger": a byline read whole keeps its "By".
        var name = author.AsSpan().Trim();
        name = WithoutThe(name.StartsWith("By ", StringComparison.Ordinal) ? name[3..].TrimStart() : name);
        var siteName = WithoutThe(site.AsSpan().Trim());
        if (name.Equals(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Gartenblatt2" on Gartenblatt.at: a numbered account named for the site (NumberedSiteAccount).
        if (NumberedSiteAccount.Is(name, siteName))
        {
            return true;
        }

        // "Jewish Business" cut from "Jewish Business News Correspondent" on Jewish Business News (SiteNameCutAtTitleWord).
        if (SiteNameCutAtTitleWord.Is(name, siteName))
        {
            return true;
        }

        // "Apartment Therapy Submissions" on Apartment Therapy: the site's account for what readers send in.
        if (name.StartsWith(siteName, StringComparison.OrdinalIgnoreCase) && SubmissionsAccount.Is(name))
        {
            return true;
        }

        // "kestrel" on "kestrel | blog": the writer's own blog, named for the login (LoginBarBlogMasthead).
        if (!IsLogin(name) || LoginBarBlogMasthead.Is(siteName, name))
        {
            return false;
        }

        // "ohtn" on "Our Harbour Town News": the initials of every word (SiteInitialsLogin).
        if (SiteInitialsLogin.Is(name, siteName))
        {
            return true;
        }

        var words = siteName.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1
            && (name.Equals(words[0], StringComparison.OrdinalIgnoreCase) || name.Equals(string.Concat(words), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A login: lower-case letters and digits, no space ("harbour").</summary>
    private static bool IsLogin(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > MaxLogin)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> WithoutThe(ReadOnlySpan<char> name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..].TrimStart() : name;
}
