namespace Ingestion.Parser.Core;

/// <summary>
/// "Other injury notes from Thursday:", "Other business before the council Monday:": a sentence of the text that leads into the
/// list under it. "Other" opens a rail's heading too ("Other Stories", "Other news from Sports"), but a heading names the
/// site's kind of item; a lead-in names what the story goes on to list, in lower case, and ends with a colon.
/// </summary>
internal static class OtherItemsLeadIn
{
    private const string Opener = "Other ";

    /// <summary>The nouns a rail of links is named by, which keep "Other stories:" a heading.</summary>
    private static readonly WordSet LinkNouns = new(["stories", "news", "headlines", "articles", "links", "videos", "photos", "galleries", "posts",
        "blogs", "top", "recent", "related", "popular", "sites", "features", "voices", "columns", "columnists", "coverage", "items"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length <= Opener.Length + 2 || text[^1] != ':' || !text.StartsWith(Opener, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[Opener.Length..];
        var space = rest.IndexOfAny(' ', ':');
        var word = space < 0 ? rest : rest[..space];
        return char.IsLower(word[0]) && !LinkNouns.Contains(word) && Words.Count(text) >= 3;
    }
}
