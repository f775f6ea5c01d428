namespace Ingestion.Parser.Core;

/// <summary>
/// "senate" / "Marcus Yee" / "Senator Jalen Reese speaks in favor of the resolution during Monday's meeting.": a student
/// paper's theme (SNO) prints the photographer's bare name between the picture and its caption, so a text browser gives
/// the file-name alt text, the credit, then the caption's sentence.
/// </summary>
internal static class PictureCreditFirst
{
    private const int MaxCaptionLength = 300;
    private const int MaxNameWords = 3;

    /// <summary>Whether the line is the caption under such a credit, which was taken as the picture's caption line.</summary>
    public static bool IsCaption(PageLines lines, int index, Func<int, bool> isCaptionUnderPictureFile)
    {
        var text = lines[index].Text;
        if (index < 2 || !lines[index - 1].IsBlank || lines[index - 2].IsBlank || text.Length > MaxCaptionLength || !Words.EndsSentence(text)
            || (index + 1 < lines.Count && !lines[index + 1].IsBlank))
        {
            return false;
        }

        var credit = lines[index - 2].Text.AsSpan().Trim();
        return Words.CountUpTo(credit, MaxNameWords) is >= 2 and <= MaxNameWords && !Words.EndsSentence(credit) && Words.LooksLikePersonName(credit)
            && isCaptionUnderPictureFile(index - 2);
    }
}
