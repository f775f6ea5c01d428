namespace Ingestion.Parser.Core;

/// <summary>
/// "Mara Quill and Scott Behrendt, Lakeshore Courier": a network paper names itself after its writers; the paper is
/// the site, no writer.
/// </summary>
internal static class SiteInByline
{
    public static void RemoveFrom(List<string> authors, string? site)
    {
        if (site is null || authors.Count < 2)
        {
            return;
        }

        authors.RemoveAll(author => author.Equals(site, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "By Deborah Quist, Carrow Valley Ledger" over "© Copyright 2020 Carrow Valley Ledger, 114 Front St., …": where the
    /// masthead is a picture (a browser's copy prints no alt text) and a menu item was taken for the site, the byline's
    /// last piece is still the paper when the copyright line names it. Asked for the holder only when the byline gave
    /// more than one name.
    /// </summary>
    public static void RemoveHolderFrom(List<string> authors, Func<string?> holder)
    {
        if (authors.Count < 2 || holder() is not { } named)
        {
            return;
        }

        var last = authors[^1];
        if (last.Equals(named, StringComparison.OrdinalIgnoreCase))
        {
            authors.RemoveAt(authors.Count - 1);
        }
    }
}
