namespace Ingestion.Parser.Core;

/// <summary>
/// "Continue reading the main story" / "Syria crisis" / "Q&amp;A: Chemical weapons deal" / "Guide: Syria's arsenal" / the
/// text: a broadcaster sets a box of links to its other stories between two paragraphs, and a link for screen readers to
/// skip it right over it. Under that link, the short lines up to the next sentence are the box's, no text; a browser's
/// copy prints them with no bullets and no blank line.
/// </summary>
internal static class StoryBoxUnderSkipLink
{
    private const string SkipLink = "Continue reading the main story";

    private const int MaxLines = 12;

    private const int MaxWords = 12;

    /// <summary>The box's last line under the skip link at <paramref name="index"/>, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        if (!lines[index].Text.AsSpan().Trim().Equals(SkipLink, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var last = -1;
        for (var i = index + 1; i < end && i <= index + MaxLines; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (Words.EndsSentence(text) || Words.CountUpTo(text, MaxWords + 1) > MaxWords)
            {
                break;
            }

            last = i;
        }

        return last;
    }
}
