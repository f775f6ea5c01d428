namespace Ingestion.Parser.Core;

/// <summary>
/// "ats/afp", "sda/dpa", "ats": a Swiss portal signs a wire story with the agencies' short names in lower case, on a line
/// of their own under the headline or the text. The line names no writer and credits no picture. A picture credit
/// spells the agency in capitals ("Keystone/AP").
/// </summary>
internal static class AgencySignature
{
    private static readonly WordSet Agencies = new(["ats", "sda", "afp", "ap", "dpa", "apa", "reuters", "belga", "efe", "ansa", "kna", "epd", "red"]);

    private const int LongestLine = 24;

    public static bool Is(ReadOnlySpan<char> text)
    {
        var line = text.Trim().Trim("()");
        if (line.IsEmpty || line.Length > LongestLine || line.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        var agencies = 0;
        foreach (var range in line.Split('/'))
        {
            if (!Agencies.Contains(line[range].Trim()))
            {
                return false;
            }

            agencies++;
        }

        // "red" alone is a word of the text; it signs only beside an agency ("apa/red").
        return agencies >= 2 || !line.Equals("red", StringComparison.Ordinal);
    }
}
