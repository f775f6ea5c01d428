namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline | Site", "Site - Headline", "Post :: Blog": the parts a document title joins with a spaced bar, dash, colons or
/// dot. Japanese titles join them with the full-width bar, spaced or not ("見出し ｜ サイト名", "見出し｜サイト名"): a
/// character no headline of theirs uses inside itself.
/// </summary>
internal static class DocumentTitleParts
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", "｜"];

    public static string[] Of(string documentTitle, StringSplitOptions options = StringSplitOptions.TrimEntries) => documentTitle.Split(Separators, options);
}
