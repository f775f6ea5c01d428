namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="pictureCredits_k3x9q2"&gt;© Name&lt;/span&gt;": a template styled by a CSS-in-JS tool (Linaria, CSS
/// modules) names each element by its component part in camel case and appends a generated hash after an underscore, so
/// the class word that names a picture's credit ends in "Credit" or "Credits" only before the hash, where the class
/// readers split on "_" and "-" see "pictureCredits" (no word of theirs) and "k3x9q2". A class token whose part before
/// its last underscore ends in a capitalised "Credit" or "Credits" after a small letter, and whose part after it is a
/// short run of letters and digits holding a digit, names the credit as "credit" does.
/// </summary>
/// <remarks>
/// A plain "photo_credits" (no camel case) and a "sidebarCredits_wide" (no digit in the tail, a word, no hash) are left to
/// the class readers they already meet or miss. Cost: a span walk over the class tokens of an element already asked about.
/// </remarks>
internal static class HashSuffixedCreditClass
{
    private const int MinHashLength = 4;
    private const int MaxHashLength = 12;

    public static bool Is(string? className)
    {
        if (string.IsNullOrEmpty(className) || !className.Contains("Credit", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in className.AsSpan().Split(' '))
        {
            if (IsToken(className.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsToken(ReadOnlySpan<char> token)
    {
        var underscore = token.LastIndexOf('_');
        if (underscore < 0)
        {
            return false;
        }

        var name = token[..underscore];
        var hash = token[(underscore + 1)..];
        var stem = name.EndsWith("Credits", StringComparison.Ordinal) ? name[..^"Credits".Length]
            : name.EndsWith("Credit", StringComparison.Ordinal) ? name[..^"Credit".Length]
            : [];
        return stem.Length > 0 && char.IsLower(stem[^1])
            && hash.Length is >= MinHashLength and <= MaxHashLength && IsLettersAndDigits(hash) && hash.IndexOfAnyInRange('0', '9') >= 0;
    }

    private static bool IsLettersAndDigits(ReadOnlySpan<char> hash)
    {
        foreach (var c in hash)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
