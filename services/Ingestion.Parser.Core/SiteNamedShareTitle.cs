namespace Ingestion.Parser.Core;

/// <summary>
/// "KlarWissen - Warum taut das Eis?" in og:title, "Warum taut das Eis?" in the h1, og:site_name "KlarWissen": a CMS puts
/// the site's name before (or after) the headline in the sharing title, and the h1 prints the headline alone. An h1
/// shorter than 20 characters is trusted over the metadata only here, where the rest of the sharing title is the site's
/// own name and nothing more: a short h1 is otherwise often a section's name ("Wetter", "News").
/// Japanese papers join the two with a full-width colon or bar ("見出し：サイト名", "見出し｜サイト名", FullWidthSiteSuffix):
/// their headline is written without spaces, so it is counted as words only when it holds no Hanzi.
/// </summary>
internal static class SiteNamedShareTitle
{
    private const int LeastWords = 2;

    /// <summary>Whether <paramref name="title"/> is <paramref name="shown"/> with the site's name and a separator before or after it.</summary>
    public static bool Frames(string title, string shown, string? site)
    {
        if (site is null || site.Length == 0 || title.Length <= shown.Length + site.Length
            || (Words.CountUpTo(shown, LeastWords) < LeastWords && !SpaceSeparatedHanziTags.HoldsHanzi(shown)))
        {
            return false;
        }

        if (title.EndsWith(shown, StringComparison.OrdinalIgnoreCase))
        {
            var before = title.AsSpan(0, title.Length - shown.Length).TrimEnd();
            return before is [.., var mark] && TitleSeparator.IsMark(mark) && before[..^1].TrimEnd().Equals(site, StringComparison.OrdinalIgnoreCase);
        }

        if (DashSpellingPrefix.StartsWith(title, shown))
        {
            var after = title.AsSpan(shown.Length).TrimStart();
            return after is [var mark, ..] && (TitleSeparator.IsMark(mark) || mark is '：' or '｜') && after[1..].TrimStart().Equals(site, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
