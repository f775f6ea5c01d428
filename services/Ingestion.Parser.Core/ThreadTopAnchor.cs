using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="#leserpost_start" class="comments"&gt;&lt;img …&gt;&lt;span&gt;150&lt;/span&gt;&lt;/a&gt;" in the byline row, over a
/// thread whose box opens with "&lt;a name="leserpost_start"&gt;&lt;/a&gt;": an older template marks where the thread starts
/// with an empty named anchor inside its box, not with the box's id, and the byline's envelope count links there. That
/// anchor's name is a target of the thread as the box's id is (ThreadBoxIds). Only the box's first named anchor counts,
/// only an empty one, and only a name without digits: a numbered anchor marks one comment ("&lt;a name="c4521"&gt;"),
/// and a bare number linking there is no count of the thread.
/// </summary>
internal static class ThreadTopAnchor
{
    /// <summary>The name of the box's first named anchor when it is empty and unnumbered, else null.</summary>
    public static string? Name(IElement box) =>
        box.SelectFirst("a[name]") is { ChildElementCount: 0 } anchor && anchor.GetAttribute("href") is null
        && string.IsNullOrWhiteSpace(anchor.TextContent) && anchor.GetAttribute("name") is { Length: > 0 } name
        && !name.AsSpan().ContainsAnyInRange('0', '9')
            ? name
            : null;
}
