namespace Ingestion.Parser.Core;

/// <summary>
/// "Bryce Holloway | Getty Images", "Mark Lennihan | AP": a business network prints a picture's credit under its caption
/// as the photographer's name and the agency parted by a bar, on a line of its own; "Brian Brainerd | The Denver Post |
/// Getty Images" names the paper the photographer shoots for between the two.
/// </summary>
internal static class PipeAgencyCredit
{
    private const int MaxLength = 60;

    private const int MaxPaperWords = 5;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf(" | ", StringComparison.Ordinal) is not (> 0 and var bar))
        {
            return false;
        }

        var lastBar = text.LastIndexOf(" | ", StringComparison.Ordinal);
        var agency = text[(lastBar + 3)..].Trim();
        var name = text[..bar].Trim();
        // "Name | | Getty Images": two bars sharing a space leave no paper between them.
        var paper = lastBar >= bar + 3 ? text[(bar + 3)..lastBar].Trim() : [];
        return CaptionDetector.IsAgencyName(agency) && Words.Count(name) is >= 1 and <= 4 && Words.LooksLikeName(name) && !Words.EndsSentence(name)
            && (paper.IsEmpty || (char.IsUpper(paper[0]) && !paper.Contains('|') && Words.Count(paper) <= MaxPaperWords && Words.LooksLikeName(paper)));
    }
}
