namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": ["Movies", "Castle Films", "Jo Harlan", …, "Castle Films"] in an analytics plugin's JSON-LD, beside
/// "&lt;meta property="article:section" content="Movies"&gt;" and one <c>article:tag</c> meta for each of the other words: the
/// plugin puts the story's section before its tags and repeats the main topic, while the page's own tag metas name the tags
/// once each and no section (a section is no tag). When the keywords are exactly the article:tag metas' words plus section
/// names and repeats, the metas are the list. A network's "keywords": "News" beside "articleSection": "news" names the
/// section alone, and no tags (<see cref="NamesOnlySection"/>).
/// </summary>
/// <remarks>
/// SectionsOnlyKeywords: Parse.ly's "keywords": ["7 Birth Parents", " Adopt a Baby", …, "Parenting &amp;amp; Adoption"] that
/// are, one for one, the page's twenty "article:section" metas, beside six "article:tag" metas ("adoptee", "birth mom"):
/// the plugin filled its keywords with the post's categories, not its tags, though a category may share a tag's word
/// ("Adoptee"). Keywords that are all sections name no tag, so the metas are the list here too. The plugin writes its strings escaped for HTML, so a keyword
/// is compared with its entities decoded, as the metas' attributes are.
/// </remarks>
internal static class SectionInJsonLdKeywords
{
    /// <summary>The article:tag list when <paramref name="keywords"/> are its tags padded with sections or repeats, else null.</summary>
    public static List<string>? TagsInstead(IReadOnlyList<string> keywords, IReadOnlyList<string> articleTags, IReadOnlyList<string> sections)
    {
        if (articleTags.Count == 0 || keywords.Count <= articleTags.Count)
        {
            return null;
        }

        var tags = new HashSet<string>(articleTags, StringComparer.OrdinalIgnoreCase);
        var sectionNames = new HashSet<string>(sections, StringComparer.OrdinalIgnoreCase);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allSections = true;
        foreach (var keyword in keywords)
        {
            var isSection = sectionNames.Contains(keyword) || sectionNames.Contains(EscapedEntityText.Decoded(keyword)!);
            if (tags.Contains(keyword))
            {
                named.Add(keyword);
            }
            else if (!isSection)
            {
                return null;
            }

            allSections &= isSection;
        }

        return named.Count == tags.Count || allSections ? articleTags.Distinct(StringComparer.OrdinalIgnoreCase).ToList() : null;
    }

    /// <summary>
    /// "keywords": "News" in the article's JSON-LD, its "articleSection" "news": the CMS fills the field with the story's
    /// section when the desk gave it no tags. A section is no tag, so keywords that only repeat the section give no list.
    /// </summary>
    public static bool NamesOnlySection(IReadOnlyList<string> keywords, IReadOnlyList<string> sections) =>
        keywords.Count > 0 && sections.Count > 0 && keywords.All(keyword => sections.Contains(keyword, StringComparer.OrdinalIgnoreCase));
}
