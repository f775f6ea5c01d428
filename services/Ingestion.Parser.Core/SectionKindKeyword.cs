namespace Ingestion.Parser.Core;

/// <summary>
/// "Physics News", "local videos", "lifestyle blog": a word or two before a kind of section names a desk, a video
/// section's kind of clip or a blog of the site. Templates write such entries into every page's keywords meta, so they
/// name the site's sections (<see cref="SectionListKeywords"/>), no subject of the page. A desk or a blog is named by
/// one word ("Physics News"; "my harbour blog" is a post's subject); clips by one or two ("online news videos").
/// </summary>
internal static class SectionKindKeyword
{
    private static readonly Kind[] Kinds = [new(" news", 1, 30), new(" videos", 2, 40), new(" blog", 1, 30)];

    public static bool IsSection(ReadOnlySpan<char> keyword)
    {
        foreach (var kind in Kinds)
        {
            if (keyword.Length < kind.MaxLength && keyword.EndsWith(kind.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                var before = keyword[..^kind.Suffix.Length].Trim();
                return before.Length > 1 && Words.CountUpTo(before, kind.MaxWordsBefore) <= kind.MaxWordsBefore;
            }
        }

        return false;
    }

    private readonly record struct Kind(string Suffix, int MaxWordsBefore, int MaxLength);
}
