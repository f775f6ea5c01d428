namespace Ingestion.Parser.Core;

/// <summary>
/// "Walter Brandvold, left, and Kristin Brandvold-Hale on the plant floor. Business Weekly photo / Tom Erlandson", "The
/// Ogden County Courthouse, where the jail has been housed since 1962. Gazette file photo": a small paper credits its
/// own picture after the caption's last sentence, no brackets around it, with the paper's name, the word "photo", a
/// slash and the photographer, or with the paper's name and the picture's kind. A sentence of the text closes with its
/// full stop.
/// </summary>
internal static class PaperPhotoCreditAfterSentence
{
    private const int MinCaptionWords = 4;
    private const int MaxCreditLength = 60;
    private const int MaxKindCreditWords = 5;

    /// <summary>Whether the line is a caption sentence closed by "Paper photo / Name" or "Paper file photo".</summary>
    public static bool EndsWith(ReadOnlySpan<char> text)
    {
        // The credit's slash, or the word "photo…" closing the line, is asked first: most lines have neither.
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash >= 0 && text.Length - slash <= MaxCreditLength)
        {
            var stop = text[..slash].LastIndexOf(". ", StringComparison.Ordinal);
            return stop > 0 && IsCaptionBefore(text, stop) && CaptionDetector.IsPhotoSlashName(text[(stop + 2)..]);
        }

        if (text.Length < MinCaptionWords || text[^1] is not ('o' or 'h' or 'r' or 'O' or 'H' or 'R') || !text.Contains(" photo", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var creditStop = text.LastIndexOf(". ", StringComparison.Ordinal);
        var credit = creditStop > 0 ? text[(creditStop + 2)..] : [];
        return credit.Length is > 0 and <= MaxCreditLength && IsCaptionBefore(text, creditStop) && Words.Count(credit) <= MaxKindCreditWords
            && CaptionDetector.EndsWithPhotographerWords(credit);
    }

    /// <summary>The caption's sentence before the credit: a few words, and the credit after it opens with a capital.</summary>
    private static bool IsCaptionBefore(ReadOnlySpan<char> text, int stop) =>
        Words.Count(text[..stop]) >= MinCaptionWords && stop + 2 < text.Length && char.IsUpper(text[stop + 2]);
}
