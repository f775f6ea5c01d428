namespace Ingestion.Parser.Core;

/// <summary>
/// "Zahlen, bitte! 100 Kanäle, die den Hype auslösten" over each picture of the story: a CMS gives every picture of a
/// story's gallery the gallery's title as alt text, which a text browser prints over each picture's caption. The same
/// unpunctuated line two or more times inside the text, each time over a different line, is no text; a song's refrain
/// comes back with the lines under it. The headline printed again, and a photographer's credit under each picture,
/// are no alt text, whatever stands under them.
/// </summary>
internal static class GalleryTitleAltText
{
    private const int MinWords = 4;
    private const int MinLength = 20;
    private const int MaxLength = 160;

    private static readonly HashSet<string> None = [];

    /// <summary>
    /// The lines of <paramref name="lines"/> before <paramref name="end"/> that are such alt texts, those
    /// <paramref name="isHeadline"/> takes and captions left out; an empty set for most pages.
    /// </summary>
    public static IReadOnlySet<string> Find(PageLines lines, int end, Func<string, bool> isHeadline)
    {
        Dictionary<string, int>? firstSeen = null;
        HashSet<string>? alts = null;
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length is < MinLength or > MaxLength || Words.EndsSentence(text) || Words.Count(text) < MinWords)
            {
                continue;
            }

            firstSeen ??= new(StringComparer.Ordinal);
            if (!firstSeen.TryAdd(text, i) && UnderDiffers(lines, firstSeen[text], i, end) && !isHeadline(text) && !lines.IsCaption(i) && !CaptionDetector.IsCreditOnly(text) && !CaptionDetector.IsSlashCredit(text))
            {
                (alts ??= new(StringComparer.Ordinal)).Add(text);
            }
        }

        return alts ?? None;
    }

    /// <summary>
    /// Whether different lines stand under the two copies. A picture whose alt text is its caption prints the line twice
    /// in a row: a caption, no gallery's title.
    /// </summary>
    private static bool UnderDiffers(PageLines lines, int first, int again, int end)
    {
        var underFirst = lines.NextNonBlank(first, end);
        var underAgain = lines.NextNonBlank(again, end);
        return underFirst < end && underAgain < end && underFirst != again && lines[underFirst].Text != lines[underAgain].Text;
    }
}
