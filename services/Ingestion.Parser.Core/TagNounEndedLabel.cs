namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span&gt;Other Topics&lt;/span&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/tags/harbour-board/"&gt;Harbour Board&lt;/a&gt;…": a label printed
/// without its colon still names a tag list when its last word is the list's own noun ("Other Topics", "More Tags",
/// "Article Topics"), as a heading does. <see cref="LabelOverTopicList"/> asks for a colon so that a few words over a list
/// ("Read more", "Also in this section") do not pass for a label; a label ending in "Topics" or "Tags" says what the
/// list is without one, and its list must still lead to the site's topic pages alone.
/// </summary>
/// <remarks>
/// "Popular Topics" and "Trending Tags" over the site's topic pages in a rail or a menu are the site's, on every page: the
/// caller's site-wide row check (<see cref="LabelledTagLinks.SiteWideRows"/>) turns them down before this is asked.
/// Cost: one search for the last space of a label of a few words.
/// </remarks>
internal static class TagNounEndedLabel
{
    private static readonly WordSet Nouns = new("topics", "tags", "keywords", "themen", "temas", "tópicos", "sujets");

    public static bool Is(ReadOnlySpan<char> label)
    {
        var trimmed = label.Trim();
        var space = trimmed.LastIndexOf(' ');
        // One word alone ("Topics") is a known label the row readers already take; the noun after others is asked here.
        return space > 0 && Nouns.Contains(trimmed[(space + 1)..]);
    }
}
