namespace Ingestion.Parser.Core;

/// <summary>
/// "新製品を発売。" in og:title over the h1 "新製品を発売": a maker's press-release page writes its sharing title as a
/// sentence, closed with the ideographic full stop (or a full stop), while the headline it prints has none. The words
/// are the same; the headline as shown is the title. Only the one closing stop may differ.
/// Cost: a length compare and one prefix compare per h1.
/// </summary>
internal static class FullStopShareTitle
{
    public static bool Is(string title, string shown) =>
        shown.Length >= 10 && title.Length == shown.Length + 1 && title[^1] is '。' or '.' && shown[^1] is not ('。' or '.')
        && title.StartsWith(shown, StringComparison.Ordinal);

    /// <summary>
    /// "。 - 港湾機器株式会社": what the document title "見出し。 - Site" holds besides the shown headline opens with the
    /// headline's closing stop; the stop is the headline's, not the site's.
    /// </summary>
    public static string WithoutLeadingStop(string rest) => rest is [('。' or '.'), ' ', ..] ? rest[1..] : rest;
}
