using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A head meta that names a property or name and carries its text in <c>value</c> instead of <c>content</c>
/// ("&lt;meta value="2020-04-19T06:50:00+01:00" name="article:published_time"&gt;"): some page savers and DOM serialisers write
/// every meta of a page so, and the page then states its title, site, time and author only there. Read only when the tag
/// has no <c>content</c>; an <c>http-equiv</c> or <c>charset</c> meta is no metadata field and is left alone.
/// </summary>
internal static class MetaValueAttribute
{
    public static string? Content(IElement meta) =>
        meta.GetAttribute("name") is null && meta.GetAttribute("property") is null && meta.GetAttribute("itemprop") is null
            ? null
            : meta.GetAttribute("value");
}
