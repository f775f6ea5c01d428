namespace Ingestion.Parser.Core;

/// <summary>
/// "Kupfer Future - WKN: 123456 - ISIN: DE0001234567" at the head of a market analysis's text: the instrument's name and
/// its securities numbers, the analysis's data header as a quote box is a market story's, no paragraph. Known by an
/// ISIN (two letters and ten letters or digits) after its label in a short line with no sentence in it; a paragraph
/// naming an ISIN in prose stays. Only the text's first two paragraphs are asked, where the header stands.
/// </summary>
internal static class SecurityIdentifierLine
{
    private const int MaxLength = 90;

    private const int IsinLength = 12;

    private const string IsinLabel = "ISIN:";

    public static List<string> Without(List<string> body)
    {
        for (var index = 0; index < Math.Min(2, body.Count - 1); index++)
        {
            if (Is(body[index]))
            {
                return [.. body[..index], .. body[(index + 1)..]];
            }
        }

        return body;
    }

    public static bool Is(string line)
    {
        if (line.Length > MaxLength || line.Contains(". ", StringComparison.Ordinal) || line.EndsWith('.')
            || line.IndexOf(IsinLabel, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return false;
        }

        var code = line.AsSpan(at + IsinLabel.Length).TrimStart();
        return code.Length >= IsinLength && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])
            && IsCodeTail(code[2..IsinLength]) && (code.Length == IsinLength || !char.IsAsciiLetterOrDigit(code[IsinLength]));
    }

    private static bool IsCodeTail(ReadOnlySpan<char> tail)
    {
        foreach (var c in tail)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
