namespace Ingestion.Parser.Core;

/// <summary>
/// A keywords meta that names the site itself is the site's list for every page, not the article's tags: "Millbrook,
/// Millbrook Sentinel, news, local news, sports" names it in one entry; a broadcaster's template splits its call sign
/// from its brand ("news, weather, sports, Millbrook, Ohio, WTLX, NewsChannel 9" beside the site "WTLX NewsChannel 9").
/// MarkJoinedSiteName (a widening): a regional portal writes its brand's two words joined by a mark ("Harbourtown|News",
/// "Harbourtown·News") and its site-wide list splits them over two neighbouring entries ("Nachrichten, Harbourtown, News,
/// Westbrook"); the mark between them is the space of a two-word name.
/// </summary>
internal static class SiteNameKeywords
{
    public static bool NamesSite(IReadOnlyList<string> keywords, string? site)
    {
        if (site is null)
        {
            return false;
        }

        var name = WithoutArticle(site.Trim());
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = WithoutArticle(keywords[i].Trim());
            if (keyword.Equals(name, StringComparison.OrdinalIgnoreCase) || IsInitialsOf(keyword, name))
            {
                return true;
            }

            // Two neighbouring entries that spell the name between them ("WTLX" + "NewsChannel 9", "Harbourtown" + "News" of
            // "Harbourtown|News").
            if (i + 1 < keywords.Count && keyword.Length > 0 && name.Length > keyword.Length + 1
                && name.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) && IsNameJoint(name[keyword.Length])
                && name[(keyword.Length + 1)..].Equals(keywords[i + 1].AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "tidebook, reading list, saved articles, tablet, …" on a page whose site is known only after the metadata was read (the
    /// masthead link "Tidebook", no og:site_name): the same site-wide list, no tags. A CMS that fills the keywords from the
    /// story's fields puts the headline beside the paper's name; that list keeps its other entries
    /// (<see cref="TitleOrSiteAsTag"/>).
    /// </summary>
    public static bool NamesLateSite(IReadOnlyList<string> keywords, string? site, string? title) =>
        NamesSite(keywords, site) && (title is null || !keywords.Any(keyword => keyword.Trim().Equals(title.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// "TCRTA" beside the site "Tri-County Regional Transit Authority": an agency or a paper goes by the initials of its
    /// name's capitalised words (the parts of a hyphenated word each give one), and its site-wide keywords name it so.
    /// </summary>
    internal static bool IsInitialsOf(ReadOnlySpan<char> keyword, ReadOnlySpan<char> name)
    {
        if (keyword.Length is < 3 or > 8 || keyword.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        var matched = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var opensWord = i == 0 || name[i - 1] is ' ' or '-';
            if (!opensWord || !char.IsUpper(name[i]))
            {
                continue;
            }

            if (matched == keyword.Length || name[i] != keyword[matched])
            {
                return false;
            }

            matched++;
        }

        return matched == keyword.Length;
    }

    /// <summary>A space, or a mark that joins a brand's two words where a space would ("|", "·", "/", "-").</summary>
    private static bool IsNameJoint(char c) => c is ' ' or '|' or '·' or '/' or '-';

    private static ReadOnlySpan<char> WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4) : name;
}
