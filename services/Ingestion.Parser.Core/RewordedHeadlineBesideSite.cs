namespace Ingestion.Parser.Core;

/// <summary>
/// "ファインの収納棚は引越しにも使える！ 棚も箱も簡単に固定 | 暮らしの手帖［日本版］" as the document title over the h1
/// "ファインの収納棚は引越しにも使える！ 家具の固定も簡単": the editors reworded the headline's tail for search engines,
/// so the title's headline part is no copy of the shown one and the site beside it was not found. When the title has two
/// parts, the first opens as the headline does (the same first half, at least <see cref="MinSharedOpening"/> characters)
/// and the other does not, the other part is the site.
/// </summary>
internal static class RewordedHeadlineBesideSite
{
    /// <summary>Fewest characters the reworded part and the headline must share from their start.</summary>
    private const int MinSharedOpening = 10;

    /// <summary>Longest site name read so.</summary>
    private const int MaxSite = 60;

    /// <summary>The site part of <paramref name="documentTitle"/> beside a reworded <paramref name="headline"/>; else null.</summary>
    public static string? Site(string documentTitle, string headline)
    {
        var parts = DocumentTitleParts.Of(documentTitle);
        if (parts.Length != 2 || parts[1].Length is 0 or > MaxSite)
        {
            return null;
        }

        return OpensAlike(parts[0], headline) && !OpensAlike(parts[1], headline) ? parts[1] : null;
    }

    /// <summary>Whether <paramref name="part"/> and <paramref name="headline"/> share their first half from the start.</summary>
    private static bool OpensAlike(string part, string headline)
    {
        var shared = part.AsSpan().CommonPrefixLength(headline);
        return shared >= MinSharedOpening && shared * 2 >= Math.Min(part.Length, headline.Length);
    }
}
