namespace Ingestion.Parser.Core;

/// <summary>
/// "Bryce Holloway | Getty Images", "Mark Lennihan | AP": a business network prints a picture's credit under its caption
/// as the photographer's name and the agency parted by a bar, on a line of its own.
/// </summary>
internal static class PipeAgencyCredit
{
    private const int MaxLength = 60;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf(" | ", StringComparison.Ordinal) is not (> 0 and var bar))
        {
            return false;
        }

        var agency = text[(bar + 3)..].Trim();
        var name = text[..bar].Trim();
        return CaptionDetector.IsAgencyName(agency) && Words.Count(name) is >= 1 and <= 4 && Words.LooksLikeName(name) && !Words.EndsSentence(name);
    }
}
