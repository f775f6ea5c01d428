namespace Ingestion.Parser.Core;

/// <summary>
/// "Categories:" / "Arbeitsrecht" / "Baurecht" / … / "Zivilrecht": a blog's sidebar lists every category it has ever
/// used under a bare label, one link a line, as a post's footer lists the post's own few. A post is filed under a
/// handful; a list under its label that runs past <see cref="MostTags"/> entries is the blog's index, and none of its
/// entries is this post's tag.
/// </summary>
internal static class CategoryIndexList
{
    /// <summary>More entries than any post's own tag list holds (the labelled pages' longest has 10).</summary>
    public const int MostTags = 30;

    /// <summary>Whether a list of <paramref name="listed"/> entries one a line under a label is an index, no tag list.</summary>
    public static bool IsIndex(int listed) => listed > MostTags;
}
