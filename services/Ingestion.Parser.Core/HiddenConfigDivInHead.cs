using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;head&gt;… &lt;div id="parsely-root" style="display: none"&gt; &lt;span id="parsely-cfg" data-parsely-site="…"&gt;&lt;/span&gt;&lt;/div&gt;
/// &lt;meta name="description" …&gt; … &lt;meta property="article:published_time" …&gt; &lt;meta property="article:tag" …&gt; …
/// &lt;/head&gt;": an analytics plugin writes its settings box into the head, hidden by its own style and holding only empty
/// elements whose attributes carry the settings. Like the empty spacer div (<see cref="EmptyDivInHead"/>) it ends the head
/// for every HTML parser, and the metas after it (the description, the times, the tags) open the body; it shows nothing
/// either, so it is passed over and those metas go back to the head (a widening of <see cref="HeadCutShortByNoscript"/>'s
/// head elements). A hidden div with any text, or a shown one with children, still opens the body.
/// </summary>
internal static class HiddenConfigDivInHead
{
    public static bool Is(IElement element) =>
        element.LocalName == "div" && element.GetAttribute("style") is { } style && IsDisplayNone(style) && element.TextContent.AsSpan().Trim().IsEmpty;

    /// <summary>"display:none", "display: none;", "DISPLAY:NONE".</summary>
    private static bool IsDisplayNone(string style)
    {
        var at = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = style.AsSpan(at + "display".Length).TrimStart();
        return rest.StartsWith(":") && rest[1..].TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase);
    }
}
