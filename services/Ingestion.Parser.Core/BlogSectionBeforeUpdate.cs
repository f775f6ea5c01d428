namespace Ingestion.Parser.Core;

/// <summary>
/// "By Rupert Fane World Last updated: September 24th, 2013": a broadsheet's blog runs the writer's name, the blog's
/// section and the update label together on one line, so neither the section nor "Last" is part of the name.
/// </summary>
internal static class BlogSectionBeforeUpdate
{
    private static readonly WordSet Sections = new(
    [
        "world", "news", "politics", "uk", "us", "culture", "finance", "business", "sport", "technology", "science", "health",
        "lifestyle", "travel", "comment", "opinion", "religion", "books", "film", "music", "media", "education", "environment",
        "economics", "history", "football", "fashion", "food", "property", "personal finance", "news politics",
    ]);

    /// <summary>The byline's names without the section and the update label after them; the names unchanged otherwise.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> names)
    {
        var label = names.IndexOf(" Last updated", StringComparison.Ordinal);
        if (label < 0 && names.TrimEnd().EndsWith(" Last", StringComparison.Ordinal))
        {
            label = names.TrimEnd().Length - " Last".Length;
        }

        if (label <= 0)
        {
            return names;
        }

        var before = names[..label].TrimEnd();
        return before.LastIndexOf(' ') is > 0 and var space && Sections.Contains(before[(space + 1)..]) ? before[..space] : before;
    }
}
