namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="tags" content="topic:world"&gt;" beside "&lt;meta name="keywords" content="World News"&gt;": a content
/// repository (Adobe's and others) writes its tag ids into the tags meta, each a namespace and a path joined by a colon
/// with no space ("topic:world", "section:us-news/politics"). An id names no topic as a reader would see it; when every
/// entry of the field is such an id, the field gives no tags and the keywords meta, which names the topic, is read as
/// on any page without a tags field. A field of real tags ("Harbour, Ferries") or one mixing words with ids keeps its tags.
/// </summary>
internal static class TaxonomyIdTags
{
    public static bool AllIds(List<string> tags)
    {
        if (tags.Count == 0)
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (!IsId(tag))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"topic:world", "section:us-news/politics": lower-case letters, digits, '-', '_' and '/', one colon inside.</summary>
    private static bool IsId(string tag)
    {
        // "new_town_hall": the same repository's tag id without a namespace (UnderscoreJoinedTagId).
        if (UnderscoreJoinedTagId.Is(tag))
        {
            return true;
        }

        var colon = tag.IndexOf(':');
        if (colon <= 0 || colon == tag.Length - 1 || tag.IndexOf(':', colon + 1) >= 0)
        {
            return false;
        }

        foreach (var c in tag)
        {
            if (c != ':' && !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not ('-' or '_' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
