using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;head&gt;… &lt;meta name="msvalidate.01" …&gt;&lt;div class="linebreak"&gt;&lt;/div&gt; &lt;meta name="keywords" …&gt; … &lt;meta
/// property="og:title" …&gt; … &lt;/head&gt;": a template that writes an empty spacer div into the head ends the head there for
/// every HTML parser, and the rest of the head's metas open the body. The div shows nothing — no child, no text — so,
/// like the noscript's frame (<see cref="HeadCutShortByNoscript"/>), it is passed over and the metas after it go back to
/// the head, where the keywords, the share title and the times are read.
/// </summary>
internal static class EmptyDivInHead
{
    public static bool Is(IElement element) =>
        element.LocalName == "div" && element.ChildElementCount == 0 && element.TextContent.AsSpan().Trim().IsEmpty;
}
