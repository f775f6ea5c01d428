namespace Ingestion.Parser.Core;

/// <summary>
/// "Walter Brandvold, left, and Kristin Brandvold-Hale on the plant floor. Business Weekly photo / Tom Erlandson": a
/// small paper credits its own picture after the caption's last sentence with the paper's name, the word "photo", a
/// slash and the photographer, no brackets around it. A sentence of the text closes with its full stop.
/// </summary>
internal static class PaperPhotoSlashCredit
{
    private const int MinCaptionWords = 4;
    private const int MaxCreditLength = 60;

    /// <summary>Whether the line is a caption sentence closed by "Paper photo / Name".</summary>
    public static bool EndsWith(ReadOnlySpan<char> text)
    {
        // The credit's slash near the end is asked first: most lines have none.
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0 || text.Length - slash > MaxCreditLength)
        {
            return false;
        }

        var stop = text[..slash].LastIndexOf(". ", StringComparison.Ordinal);
        return stop > 0 && Words.Count(text[..stop]) >= MinCaptionWords && CaptionDetector.IsPhotoSlashName(text[(stop + 2)..])
            && text[stop + 2] is var first && char.IsUpper(first);
    }
}
