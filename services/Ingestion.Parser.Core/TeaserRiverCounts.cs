namespace Ingestion.Parser.Core;

/// <summary>
/// "… the rules must be in force by June." / "14 Kommentare" / next headline / "… a first day at school." / "160
/// Kommentare": a river of teasers under the article, each teaser's blurb followed by its story's comment count. Two such
/// counts close together, each right under a blurb and each naming another number, count other stories' threads, and
/// neither opens this page's thread.
/// </summary>
internal static class TeaserRiverCounts
{
    /// <summary>How many non-blank lines apart two teasers' counts may stand: a headline, a kicker and a blurb lie between.</summary>
    private const int Reach = 8;

    /// <summary>A blurb is a sentence at least this long; a comment's one-word reply is none.</summary>
    private const int BlurbLength = 60;

    /// <summary>Whether the count line at <paramref name="index"/> is one teaser's count among others'.</summary>
    public static bool Is(PageLines lines, int index, int? declared)
    {
        if (lines.DeclaredCount(index) is not { } count || count == declared || !UnderTeaserText(lines, index, declared))
        {
            return false;
        }

        return HasNeighbourCount(lines, index, count, -1, declared) || HasNeighbourCount(lines, index, count, 1, declared);
    }

    private static bool HasNeighbourCount(PageLines lines, int index, int count, int step, int? declared)
    {
        var seen = 0;
        for (var i = index + step; i >= 0 && i < lines.Count && seen < Reach; i += step)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (lines.HeadingKind(i) == CommentHeadings.Kind.Count && lines.DeclaredCount(i) is { } other)
            {
                return other != count && other != declared && UnderTeaserText(lines, i, declared);
            }
        }

        return false;
    }

    /// <summary>
    /// Under a blurb; or, once the story's own header has declared the thread's count (<paramref name="declared"/>), under
    /// any line: CountsAfterHeaderCount (a widening). A river whose teasers carry short decks ("An important, if simple,
    /// feature" / "New, 32 comments") has no blurb over its counts, but two counts close together naming other numbers
    /// than the one the story declared count other stories' threads.
    /// </summary>
    private static bool UnderTeaserText(PageLines lines, int index, int? declared) => declared is not null || UnderBlurb(lines, index);

    private static bool UnderBlurb(PageLines lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Text.Length >= BlurbLength && Words.EndsSentence(lines[i].Text);
            }
        }

        return false;
    }
}
