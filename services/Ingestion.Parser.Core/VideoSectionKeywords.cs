namespace Ingestion.Parser.Core;

/// <summary>
/// "local videos, news videos, online news videos": a video section's template writes the kinds of clip it lists into
/// every page's keywords meta, each entry a word or two before "videos". Such an entry names a section of the site, as
/// "Physics News" names a desk (<see cref="SectionListKeywords"/>), no subject of the clip.
/// </summary>
internal static class VideoSectionKeywords
{
    private const string Suffix = " videos";

    /// <summary>Words before "videos" in such an entry, at most.</summary>
    private const int MaxWordsBefore = 2;

    public static bool IsSection(ReadOnlySpan<char> keyword)
    {
        if (keyword.Length is <= 8 or >= 40 || !keyword.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = keyword[..^Suffix.Length].Trim();
        return before.Length > 0 && before.Count(' ') < MaxWordsBefore;
    }
}
