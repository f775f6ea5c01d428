namespace Ingestion.Parser.Core;

/// <summary>
/// "Syria · Chemical weapons · United Nations · Russia · US foreign policy": a broadsheet's keyword row, unlabelled, as
/// the last line of the article under its text, right over the comments or the footer. A "·" row elsewhere is as often a
/// menu or a share row, so only that place and short topic names, no site section or button, make it the tags.
/// </summary>
internal static class DotKeywordRow
{
    private const string Separator = " · ";

    private const int MinEntries = 3;

    private const int MaxEntryWords = 4;

    private const int MaxEntryLength = 30;

    /// <summary>A site's sections, buttons and legal links: a row with one of them is a menu, a share row or the footer's links.</summary>
    private static readonly WordSet NavigationEntries = new(
    [
        "home", "news", "sport", "sports", "business", "opinion", "entertainment", "obituaries", "classifieds", "weather", "lifestyle",
        "share", "email", "e-mail", "print", "tweet", "facebook", "twitter", "google+", "linkedin", "pinterest", "reddit", "reply", "like",
        "about", "about us", "contact", "contact us", "privacy", "privacy policy", "terms", "terms of use", "terms of service", "advertise",
        "subscribe", "sign in", "log in", "register", "help", "faq", "sitemap", "rss", "jobs", "archive", "video", "photos", "more",
    ]);

    /// <summary>The row's entries when the line at <paramref name="index"/> is the keyword row before <paramref name="end"/>.</summary>
    public static IReadOnlyList<string>? TryRead(PageLines lines, int index, int end)
    {
        if (!lines[index].Text.Contains(Separator, StringComparison.Ordinal))
        {
            return null;
        }

        for (var after = index + 1; after < end; after++)
        {
            if (!lines[after].IsBlank)
            {
                return null;
            }
        }

        return Entries(lines[index].Text);
    }

    /// <summary>
    /// "Energy bills · Conservatives · Household bills": a row of three or more short topic names, wherever it stands. Above
    /// the text, under the share row, it is the keyword block's row: no caption, though it reads like a short one.
    /// </summary>
    public static bool IsTopicRow(string line) => line.Contains(Separator, StringComparison.Ordinal) && Entries(line) is not null;

    private static IReadOnlyList<string>? Entries(string line)
    {
        var entries = line.Trim().Split(Separator);
        if (entries.Length < MinEntries)
        {
            return null;
        }

        foreach (var entry in entries)
        {
            var name = entry.Trim();
            if (name.Length is 0 or > MaxEntryLength || !char.IsUpper(name[0]) || Words.Count(name) > MaxEntryWords || Words.HasDigit(name)
                || Words.EndsSentence(name) || name.Contains(':') || NavigationEntries.Contains(name) || IsLinkToOtherParts(name))
            {
                return null;
            }
        }

        return [.. entries.Select(entry => Whitespace.Collapse(entry))];
    }

    /// <summary>"Top Stories · Oakes Mill Forum · Post a Comment": links to the site's lists and to the comment form.</summary>
    private static bool IsLinkToOtherParts(string entry) =>
        BoilerplateFilter.IsRelatedHeading(entry) || CommentHeadings.Classify(entry) != CommentHeadings.Kind.None;
}
