namespace Ingestion.Parser.Core;

/// <summary>
/// "… a drilling expedition has found.[1]", "… in surface bacteria.[2,3]": a science magazine marks a sentence with its
/// reference's number in square brackets after the full stop; the sentence ends before the mark. A caption's bracketed
/// agency ("… in the capital [AFP]") holds letters and follows no full stop.
/// </summary>
internal static class BracketedFootnoteMark
{
    /// <summary>"[12]", "[2,3]", "[1–3]": the longest mark read.</summary>
    private const int LongestMark = 9;

    /// <summary>Whether the text ends with a sentence's end and a bracketed reference number.</summary>
    public static bool EndsSentenceBefore(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || text[^1] != ']')
        {
            return false;
        }

        var open = text.LastIndexOf('[');
        if (open < 1 || text.Length - open > LongestMark || !char.IsAsciiDigit(text[open + 1]))
        {
            return false;
        }

        foreach (var c in text[(open + 1)..^1])
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '-' or '–'))
            {
                return false;
            }
        }

        return text[open - 1] is '.' or '!' or '?' or '"' or '”';
    }
}
