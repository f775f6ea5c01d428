namespace Ingestion.Parser.Core;

/// <summary>
/// Yoast's `"commentCount": 0` in the JSON-LD beside "&lt;a href="#comments" class="…comments-link"&gt;24&lt;/a&gt;" in the
/// story's share row: WordPress writes the count of its own comments into the metadata, and a site whose thread is a
/// plug-in's (OpenWeb, Disqus) has none of them, so the metadata says 0 whatever the plug-in holds. The count the page
/// shows for its thread is the one a reader is told; a zero in the metadata gives way to a shown count above zero. A
/// metadata count above zero stays first, as before: the two then disagree on a number, not on the thread's existence.
/// </summary>
internal static class ZeroMetadataCountBesideShownCount
{
    /// <summary>The shown count where the metadata declares none of a thread the page shows a count for; otherwise the metadata's.</summary>
    public static int? Declared(int? metadataCount, int? shownCount) =>
        metadataCount is 0 && shownCount is > 0 ? shownCount : metadataCount;
}
