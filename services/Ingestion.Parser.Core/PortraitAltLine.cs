namespace Ingestion.Parser.Core;

/// <summary>
/// "Photo of Derek Hanley" / "Derek Hanley" / "Foreign Affairs Reporter": a news site's byline box whose writer's portrait
/// a scraper prints as its alt text, on a line of its own over the name. It names the picture, not a headline or caption.
/// </summary>
internal static class PortraitAltLine
{
    private static readonly string[] AltOpenings = ["Photo of ", "Picture of ", "Image of ", "Portrait of "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        foreach (var opening in AltOpenings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                var name = text[opening.Length..];
                return Words.CountUpTo(name, 4) is 2 or 3 && Words.LooksLikePersonName(name);
            }
        }

        return false;
    }
}
