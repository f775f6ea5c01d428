namespace Ingestion.Parser.Core;

/// <summary>
/// "1 of 5" / "Slide 1" / "Rob Tringali/Getty Images": a slideshow's picture whose alt text the gallery filled in with the
/// slide's number, which a text browser prints on a line of its own. A picture word and a number alone are no paragraph.
/// </summary>
internal static class NumberedPictureAlt
{
    private static readonly WordSet PictureWords = new(["slide", "image", "photo", "picture"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 6 or > 12 || text.LastIndexOf(' ') is not (> 0 and var space))
        {
            return false;
        }

        var number = text[(space + 1)..];
        return !number.ContainsAnyExceptInRange('0', '9') && PictureWords.Contains(text[..space]);
    }
}
