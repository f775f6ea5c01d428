namespace Ingestion.Parser.Core;

/// <summary>
/// "Herbstmäntel - warm durch den Winter - Lena Hoff - Stil ab 50" in og:title, "Herbstmäntel – warm durch den Winter" in
/// the h1: WordPress prints the headline's hyphen as an en dash in the page (wptexturize) but leaves it plain in the
/// metadata its SEO plugin writes. The headline still opens the metadata's title, whichever dash each spells.
/// </summary>
internal static class DashSpellingPrefix
{
    /// <summary>Whether a text opens with a prefix, a hyphen, en dash, em dash or minus in one matching any of them in the other.</summary>
    public static bool StartsWith(string text, string prefix)
    {
        if (prefix.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (text[i] != prefix[i] && !(IsDash(text[i]) && IsDash(prefix[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '−' or '‐';
}
