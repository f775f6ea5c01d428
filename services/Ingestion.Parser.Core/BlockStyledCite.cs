namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="img-text"&gt;The harbour master inspects the quay ...&lt;cite style="display:block;"&gt;Archive photo: HN&lt;/cite&gt;&lt;/p&gt;":
/// a caption's credit set in a <c>cite</c> that the page's own style makes a block shows on a line of its own under the
/// caption's words; read inline it glued to them ("...Archive photo: HN"). A <c>cite</c> without that style (a book's title
/// the caption quotes) runs on as written.
/// </summary>
internal static class BlockStyledCite
{
    public static bool Is(string localName, string? style) =>
        localName == "cite" && style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:block", StringComparison.OrdinalIgnoreCase);
}
