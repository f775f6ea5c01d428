namespace Ingestion.Parser.Core;

/// <summary>
/// A picture's alt text that a converter prints in square brackets on a line of its own (pandoc's plain text,
/// "[Cars fill the main lot on Tuesday.]") right over the caption that begins with the same words ("Cars fill the
/// main lot on Tuesday. — Name/Paper"): the picture's stand-in, no caption and no text of its own.
/// </summary>
internal static class BracketedAltText
{
    public static bool Is(List<TextLine> lines, int index, int end)
    {
        var text = lines[index].Text;
        if (text.Length < 12 || text[0] != '[' || text[^1] != ']' || !text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var alt = text.AsSpan(1, text.Length - 2).Trim();
        for (var next = index + 1; next < end && next <= index + 2; next++)
        {
            if (!lines[next].IsBlank)
            {
                return alt.Length > 0 && lines[next].Text.AsSpan().StartsWith(alt, StringComparison.Ordinal)
                    && lines[next].Text.Length > alt.Length;
            }
        }

        return false;
    }
}
