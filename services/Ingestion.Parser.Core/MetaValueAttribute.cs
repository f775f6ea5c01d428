using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="article:published_time" value="2019-04-13T09:00:00+09:00"&gt;": a page saved through a reader tool's
/// clean-up (Mercury/Postlight normalises every head tag so: `property` written as `name`, `content` as `value`) keeps
/// its metadata in the `value` attribute. A meta element has no `value` of its own in HTML, so where it carries no
/// `content` the `value` is what the page declared; a page with both keeps `content`.
/// </summary>
internal static class MetaValueAttribute
{
    /// <summary>The meta tag's declared content: its `content`, else its `value`; null when it has neither.</summary>
    public static string? Content(IElement meta) => meta.GetAttribute("content") ?? meta.GetAttribute("value");
}
