namespace Ingestion.Parser.Core;

/// <summary>
/// "Read the ruling (PDF)", "Download the full decision [PDF, 1.2 MB]": a link to the document the story is about, on
/// its own line under the text; no sentence of the story ends in the file's kind.
/// </summary>
internal static class DocumentLinkLine
{
    private const int LongestLine = 80;

    public static bool Is(string text)
    {
        if (text.Length is < 8 or > LongestLine || text[^1] is not (')' or ']'))
        {
            return false;
        }

        var open = text.LastIndexOfAny('(', '[');
        return open > 2 && text[open - 1] == ' ' && text.AsSpan(open + 1).StartsWith("PDF", StringComparison.OrdinalIgnoreCase)
            && !Words.EndsSentence(text.AsSpan(0, open - 1)) && char.IsUpper(text[0]);
    }
}
