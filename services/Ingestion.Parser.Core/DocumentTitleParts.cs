namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline | Site", "Site - Headline", "Post :: Blog": the parts a document title joins with a spaced bar, dash, colons or
/// dot. Japanese titles join them with the full-width bar, spaced or not ("見出し ｜ サイト名", "見出し｜サイト名"): a
/// character no headline of theirs uses inside itself. FullWidthDashTitleBar: some join them with the full-width hyphen,
/// spaced ("見出し － サイト名"), as Latin titles use a spaced dash; unspaced it may be a minus inside a headline, so only
/// the spaced form parts the title.
/// </summary>
internal static class DocumentTitleParts
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", "｜", " － "];

    // "見出し　＜サイト名＞": the bracketed tail parts as after a full-width bar (AngleBracketedTitleTail).
    public static string[] Of(string documentTitle, StringSplitOptions options = StringSplitOptions.TrimEntries) =>
        AngleBracketedTitleTail.Parted(documentTitle).Split(Separators, options);
}
