namespace Ingestion.Parser.Core;

/// <summary>
/// The JSON-LD script elements in a page's body, cut out of the raw HTML without building a DOM. Many sites write their
/// NewsArticle object beside the story rather than in the head; a page too large for a DOM has only its head built, so
/// these are read with it.
/// </summary>
internal static class BodyJsonLd
{
    /// <summary>A page names its article in one or two objects; more are a listing's teasers, not this story.</summary>
    private const int MaxScripts = 16;

    /// <summary>An article's object is a few kilobytes; one of megabytes is data no field needs.</summary>
    private const int MaxTotalLength = 1 << 20;

    private const string JsonLdType = "application/ld+json";

    /// <summary>The script elements from <paramref name="start"/> on whose type is JSON-LD, joined, or empty.</summary>
    public static string Scripts(string html, int start)
    {
        var scripts = new List<string>();
        var total = 0;
        var at = start;
        while (scripts.Count < MaxScripts && html.IndexOf(JsonLdType, at, StringComparison.OrdinalIgnoreCase) is >= 0 and var type)
        {
            var open = html.LastIndexOf("<script", type, Math.Min(type - start + 1, 256), StringComparison.OrdinalIgnoreCase);
            var tagEnd = html.IndexOf('>', type);
            var close = tagEnd < 0 ? -1 : html.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            // "application/ld+json" inside a script's text or an attribute of another tag opens no JSON-LD.
            if (open >= 0 && html.AsSpan(open, type - open).IndexOf('>') < 0 && total + (close - open) <= MaxTotalLength)
            {
                scripts.Add(string.Concat(html.AsSpan(open, close - open), "</script>"));
                total += close - open;
            }

            at = close;
        }

        return string.Concat(scripts);
    }
}
