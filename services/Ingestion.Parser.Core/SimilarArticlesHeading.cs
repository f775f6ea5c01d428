namespace Ingestion.Parser.Core;

/// <summary>
/// "Was sagst du dazu?" / a comment / "Melde dich an, um einen Kommentar abzugeben" / "Ähnliche Artikel" / teaser cards: a
/// German magazine heads its related teasers "Ähnliche Artikel" ("Ähnliche Beiträge" in Jetpack's German) right under its
/// thread. Under a thread the heading ends it, as a related-links heading does. It is not made a heading of
/// <see cref="BoilerplateFilter.IsRelatedHeading"/>: there it also changed how a blog's text skips the list of dated
/// links the heading stands over under its last paragraph, keeping one more of them as a paragraph.
/// </summary>
internal static class SimilarArticlesHeading
{
    private static readonly WordSet Headings = new(["ähnliche artikel", "ähnliche beiträge"]);

    public static bool Is(string line) => line.Length < 40 && Headings.Contains(line.AsSpan().Trim(" :.…"));
}
