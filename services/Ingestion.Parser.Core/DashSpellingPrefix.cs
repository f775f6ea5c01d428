namespace Ingestion.Parser.Core;

/// <summary>
/// "Herbstmäntel - warm durch den Winter - Lena Hoff - Stil ab 50" in og:title, "Herbstmäntel – warm durch den Winter" in
/// the h1: WordPress prints the headline's hyphen as an en dash in the page (wptexturize) but leaves it plain in the
/// metadata its SEO plugin writes. The headline still opens the metadata's title, whichever dash each spells. The same
/// filter curls typewriter quotes ("Box Office: It's Good to Be 'Peculiar' | Site" in og:title, "… It’s Good to Be
/// ‘Peculiar’" in the h1): a single or double quote mark matches any spelling of its kind (widening "quote spellings").
/// GermanLowQuotes (a widening): "ARD-Doku "Loriot 100": Eine Hommage … - Site" in og:title, "ARD-Doku „Loriot 100“: Eine
/// Hommage …" in the h1: in a German locale the same filter opens quotes with the low mark („ and ‚), so the low marks are
/// spellings of their kind too.
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
            if (text[i] != prefix[i] && !(IsDash(text[i]) && IsDash(prefix[i])) && !(IsSingleQuote(text[i]) && IsSingleQuote(prefix[i]))
                && !(IsDoubleQuote(text[i]) && IsDoubleQuote(prefix[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '−' or '‐';

    private static bool IsSingleQuote(char c) => c is '\'' or '‘' or '’' or 'ʼ' or '‚';

    private static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„';
}
