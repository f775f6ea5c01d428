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

    /// <summary>The most lines compared: a story's text holds fewer headings and alt texts, a longer page's tail is menus.</summary>
    private const int MostCandidates = 256;

    private static readonly HashSet<string> None = [];

    /// <summary>
    /// The lines of <paramref name="lines"/> before <paramref name="end"/> that are such alt texts, those
    /// <paramref name="isHeadline"/> takes and captions left out; an empty set for most pages.
    /// </summary>
    public static IReadOnlySet<string> Find(PageLines lines, int end, Func<string, bool> isHeadline)
    {
        // The candidates' hashes on the stack: a dictionary of them cost every page an allocation, and few pages repeat a line.
        Span<int> hashes = stackalloc int[MostCandidates];
        Span<int> seenAt = stackalloc int[MostCandidates];
        var seen = 0;
        HashSet<string>? alts = null;
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length is < MinLength or > MaxLength || Words.EndsSentence(text) || Words.Count(text) < MinWords)
            {
                continue;
            }

            var hash = text.GetHashCode();
            var first = FirstCopy(lines, text, hash, hashes[..seen], seenAt);
            if (first < 0)
            {
                if (seen < MostCandidates)
                {
                    hashes[seen] = hash;
                    seenAt[seen++] = i;
                }
            }
            else if (UnderDiffers(lines, first, i, end) && !isHeadline(text) && !lines.IsCaption(i) && !CaptionDetector.IsCreditOnly(text) && !CaptionDetector.IsSlashCredit(text))
            {
                (alts ??= new(StringComparer.Ordinal)).Add(text);
            }
        }

        return alts ?? None;
    }

    private static int FirstCopy(PageLines lines, string text, int hash, ReadOnlySpan<int> hashes, ReadOnlySpan<int> seenAt)
    {
        for (var j = 0; j < hashes.Length; j++)
        {
            if (hashes[j] == hash && lines[seenAt[j]].Text == text)
            {
                return seenAt[j];
            }
        }

        return -1;
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
