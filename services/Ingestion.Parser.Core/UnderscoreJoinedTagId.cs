namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="tags" content="harbour_front_works"&gt;" beside "&lt;meta name="keywords" content="harbour front works"&gt;":
/// the same repository that writes "topic:world" may write a tag's id as its words in lower case joined by underscores.
/// No reader sees a tag spelled so; like a namespaced id (TaxonomyIdTags) it names no topic, and a field of nothing but
/// such ids gives way to the keywords meta. A lone word ("ferries") has no joiner and stays a tag, as does any entry with
/// a capital or a space.
/// </summary>
internal static class UnderscoreJoinedTagId
{
    /// <summary>"new_town_hall", "route_66": lower-case letters and digits, at least two parts joined by single underscores.</summary>
    public static bool Is(string tag)
    {
        if (tag.Length < 3 || tag[0] == '_' || tag[^1] == '_' || tag.Contains("__", StringComparison.Ordinal)
            || !tag.Contains('_'))
        {
            return false;
        }

        foreach (var c in tag)
        {
            if (c != '_' && !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
