using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="news_keywords" value="Harbor, Ferries"&gt;", "&lt;meta value="Harbor Gazette" name="og:site_name"&gt;": a
/// page re-saved by a tool that rewrote every meta's <c>content</c> as <c>value</c> still states its metadata, in the
/// only attribute left. A meta without <c>content</c> has no other use for <c>value</c>, so the value is its content.
/// </summary>
internal static class MetaValueAttribute
{
    public static void Restore(IDocument document)
    {
        foreach (var meta in document.SelectAll("meta[value]"))
        {
            if (!meta.HasAttribute("content") && (meta.HasAttribute("name") || meta.HasAttribute("property") || meta.HasAttribute("itemprop")))
            {
                meta.SetAttribute("content", meta.GetAttribute("value"));
            }
        }
    }
}
