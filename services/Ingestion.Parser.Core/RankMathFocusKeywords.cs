using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": "Harbor,Harbor bei Kiel,Fährfest Harbor,Fährfest am Südkai,…" in Rank Math's JSON-LD (the script classed
/// "rank-math-schema" or "rank-math-schema-pro"), beside "&lt;meta property="article:tag" content="Fährfest"&gt;" metas of
/// other words: Rank Math fills the article's "keywords" with the post's focus keywords, the phrases its editor aims the
/// post at in search engines, while WordPress writes the post's own tags as the metas. The metas are the tag list.
/// </summary>
/// <remarks>
/// Asked only when the tags came from the JSON-LD keywords and no tag row is shown. Risk: a site whose focus keywords
/// are its real tags and whose article:tag metas are a plug-in's leftovers; none seen. Cost: a walk of the page's script
/// elements and one class test each, once a page, only on pages with both keywords and tag metas.
/// </remarks>
internal static class RankMathFocusKeywords
{
    /// <summary>The article:tag list when the JSON-LD keywords are Rank Math's focus keywords and differ from it, else null.</summary>
    public static List<string>? TagsInstead(IDocument document, IReadOnlyList<string> keywords, IReadOnlyList<string> articleTags)
    {
        if (articleTags.Count < 2 || SameTags(keywords, articleTags) || !HasRankMathSchema(document))
        {
            return null;
        }

        return [.. articleTags];
    }

    private static bool HasRankMathSchema(IDocument document)
    {
        foreach (var script in document.Scripts)
        {
            if (script.ClassName is { } name && name.StartsWith("rank-math-schema", StringComparison.Ordinal)
                && script.TextContent.Contains("\"keywords\"", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameTags(IReadOnlyList<string> keywords, IReadOnlyList<string> articleTags)
    {
        if (keywords.Count != articleTags.Count)
        {
            return false;
        }

        var tags = new HashSet<string>(articleTags, StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
        {
            if (!tags.Contains(keyword))
            {
                return false;
            }
        }

        return true;
    }
}
