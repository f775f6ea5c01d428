using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:tag" content="gemeinsame agrarpolitik (gap)"&gt;" over a tag row showing "&lt;a
/// href="/tag/gemeinsame-agrarpolitik-gap"&gt;Gemeinsame Agrarpolitik (GAP)&lt;/a&gt;": a CMS that keeps its tag terms in
/// lower case writes the metas so, while the row under the story shows each tag as the editors spelled it. A meta tag
/// in lower case takes the spelling of a tag-page link with the same letters; one the page does not show stays as it is.
/// </summary>
internal static class LowerCaseMetaTagSpelling
{
    public static void Respell(List<string> tags, IElement root)
    {
        if (!tags.Exists(IsLowerCase))
        {
            return;
        }

        List<string>? shown = null;
        for (var i = 0; i < tags.Count; i++)
        {
            if (!IsLowerCase(tags[i]))
            {
                continue;
            }

            shown ??= root.SelectAll("a[href*='/tag']").Select(link => Whitespace.Collapse(link.TextContent)).Where(text => text.Length is > 0 and < 60).ToList();
            if (shown.Find(text => !IsLowerCase(text) && string.Equals(text, tags[i], StringComparison.OrdinalIgnoreCase)) is { } spelling)
            {
                tags[i] = spelling;
            }
        }
    }

    /// <summary>Whether <paramref name="tag"/> holds a letter and no capital.</summary>
    private static bool IsLowerCase(string tag)
    {
        var hasLetter = false;
        foreach (var c in tag)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }
}
