namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="tags"&gt;&lt;a href="/component/search/?searchword=tag_5&amp;searchphrase=article_tag"&gt;&lt;span&gt;Party&lt;/span&gt;&lt;/a&gt;
/// …&lt;/div&gt;" under the text: a CMS without pages of its own for its tags sends each tag to its search, the query naming
/// the tag ("tag_5", "article_tag", "?tag=ferries"). Such a link leads to a tag's page as "/tag/ferries" does, so a box of
/// them is the story's tag row (<see cref="TagPageLinkBox"/>). Only a word "tag" or "tags" of its own in the query counts
/// (split at what is no letter): a search for "vintage" or a "hashtag" parameter names no tag, nor does a path without a
/// query.
/// </summary>
internal static class TagSearchLink
{
    public static bool Is(string target)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return false;
        }

        var span = target.AsSpan(query + 1);
        var start = 0;
        for (var index = 0; index <= span.Length; index++)
        {
            if (index < span.Length && char.IsLetter(span[index]))
            {
                continue;
            }

            var word = span[start..index];
            if (word.Equals("tag", StringComparison.OrdinalIgnoreCase) || word.Equals("tags", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }
}
