namespace Ingestion.Parser.Core;

/// <summary>
/// "lifestyle news, love news, lifestyle blog": a magazine's blog section writes its own kinds into every post's keywords
/// meta. An entry of one subject word before "blog" names a blog of the site, as "Physics News" names a desk
/// (<see cref="SectionListKeywords"/>), no subject of the post.
/// </summary>
internal static class BlogSectionKeyword
{
    private const string Suffix = " blog";

    public static bool IsSection(ReadOnlySpan<char> keyword) =>
        keyword.Length is > 6 and < 30 && keyword.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
        && keyword[..^Suffix.Length] is var subject && subject.Length > 1 && subject.IndexOf(' ') < 0;
}
