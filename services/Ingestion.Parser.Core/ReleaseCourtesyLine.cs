namespace Ingestion.Parser.Core;

/// <summary>
/// "Courtesy: Lakeland State Athletic Communications": an athletics department's site (SIDEARM-style, 2010–2016) closes a
/// release with the office that wrote it, labelled "Courtesy:". It names no writer and is no text; a sentence opening
/// with the word has no colon after it.
/// </summary>
internal static class ReleaseCourtesyLine
{
    private const string Label = "Courtesy: ";
    private const int MaxOfficeWords = 6;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is <= 12 or > 80 || text[0] != 'C' || !text.StartsWith(Label, StringComparison.Ordinal))
        {
            return false;
        }

        var office = text[Label.Length..].Trim();
        return !Words.EndsSentence(office) && Words.Count(office) <= MaxOfficeWords && Words.CapitalisedCount(office, MaxOfficeWords) == Words.Count(office);
    }
}
