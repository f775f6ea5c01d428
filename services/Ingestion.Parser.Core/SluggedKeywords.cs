namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": ["donald-trump", "joe-biden", "nikki-haley", "vivek-ramaswamy", "type: news"] in the article's JSON-LD beside
/// "&lt;meta property="article:tag" content="Donald Trump,Joe Biden ,Nikki Haley,vivek ramaswamy"&gt;": the CMS fills its
/// structured data with the tags' address slugs and a "key: value" descriptor of the record, where the page's tag metas
/// (and the row it shows) name the same tags as words. When every keyword is either the slug of one of the article:tag
/// metas' words or such a descriptor, and every meta tag has its slug among them, the metas are the list: the same tags,
/// written as the page shows them.
/// </summary>
internal static class SluggedKeywords
{
    /// <summary>The article:tag list when <paramref name="keywords"/> are its tags' slugs (and descriptors), else null.</summary>
    public static List<string>? TagsInstead(IReadOnlyList<string> keywords, IReadOnlyList<string> articleTags)
    {
        if (articleTags.Count == 0 || keywords.Count < articleTags.Count)
        {
            return null;
        }

        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var tags = new List<string>(articleTags.Count);
        foreach (var tag in articleTags)
        {
            if (Slug(tag) is not { Length: > 0 } slug)
            {
                return null;
            }

            if (slugs.TryAdd(slug, tag))
            {
                tags.Add(tag);
            }
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        var sluggedWords = false;
        foreach (var keyword in keywords)
        {
            var term = keyword.Trim();
            if (slugs.TryGetValue(term, out var words))
            {
                named.Add(term);
                // A slug differs from its words where they hold a space or a capital; keywords that are the words
                // themselves are no slugs, and the keywords are then the tags as written.
                sluggedWords |= !string.Equals(term, words, StringComparison.Ordinal);
            }
            else if (!IsDescriptor(term))
            {
                return null;
            }
        }

        return sluggedWords && named.Count == slugs.Count ? tags : null;
    }

    /// <summary>"Joe Biden " → "joe-biden": lower case, letters and digits kept, every other run a hyphen, none at the ends.</summary>
    internal static string Slug(string words)
    {
        var slug = new System.Text.StringBuilder(words.Length);
        var pendingHyphen = false;
        foreach (var character in words)
        {
            if (char.IsLetterOrDigit(character))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(character));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }

    /// <summary>"type: news": a one-word lower-case key, a colon and a value, the record's field, no topic.</summary>
    private static bool IsDescriptor(string term)
    {
        var colon = term.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 1 || colon + 2 >= term.Length)
        {
            return false;
        }

        foreach (var character in term.AsSpan(0, colon))
        {
            if (character is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
