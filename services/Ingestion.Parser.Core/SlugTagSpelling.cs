using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A blogging platform's JSON-LD names its tags as "key:value" keywords built from the tags' slugs
/// ("Tag:Sharing-Economy"), while the tag list under the post shows them as the reader sees them ("&lt;ul
/// class="tags"&gt;&lt;li&gt;&lt;a href="/tag/sharing-economy"&gt;Sharing Economy&lt;/a&gt;"). A shown tag that spells the
/// same words, hyphens read as spaces, is the tag's spelling; a keyword the list does not show stays as it is.
/// </summary>
internal static class SlugTagSpelling
{
    public static void Respell(List<string> tags, IElement root)
    {
        if (!tags.Exists(tag => tag.Contains('-')))
        {
            return;
        }

        var shown = TagLinks.Find(root).Select(link => Whitespace.Collapse(link.TextContent)).Where(tag => tag.Length is > 0 and < 60).ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i].Contains('-') && shown.Find(tag => SameWords(tag, tags[i])) is { } spelling)
            {
                tags[i] = spelling;
            }
        }
    }

    /// <summary>"Sharing Economy" and "Sharing-Economy": the same letters, a space in one where the other has a hyphen.</summary>
    public static bool SameWords(string shown, string slug)
    {
        if (shown.Length != slug.Length)
        {
            return false;
        }

        for (var i = 0; i < shown.Length; i++)
        {
            var a = shown[i] == ' ' ? '-' : char.ToLowerInvariant(shown[i]);
            var b = slug[i] == ' ' ? '-' : char.ToLowerInvariant(slug[i]);
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }
}
