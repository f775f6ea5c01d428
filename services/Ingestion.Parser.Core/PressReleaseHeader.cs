namespace Ingestion.Parser.Core;

/// <summary>
/// "FOR IMMEDIATE RELEASE" / "Sept. 30, 2013" / "Contact: Lorna Vickery, Public Information Officer" / "(555) 555-0177 |
/// lvickery@county.gov": the header a government office or company prints over its news release, kept when a news
/// site republishes the release as sent. None of it is headline, byline or text: the release label reads like a name
/// in capitals and the contact line like a headline.
/// </summary>
internal static class PressReleaseHeader
{
    private const int MaxLength = 100;

    private const int MaxContactWords = 6;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > MaxLength)
        {
            return false;
        }

        // "FOR IMMEDIATE RELEASE", "For Immediate Release: Sept. 30, 2013".
        if (text[0] is 'F' or 'f' && text.StartsWith("for immediate release", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Contact: Lorna Vickery, Public Information Officer", "Media Contact: …", "CONTACT: …".
        if (text[0] is 'C' or 'M' && (text.StartsWith("contact: ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("media contact: ", StringComparison.OrdinalIgnoreCase)))
        {
            return !Words.EndsSentence(text);
        }

        return IsContactDetails(text);
    }

    /// <summary>"(555) 555-0177 | lvickery@county.gov": a telephone number and an address alone on the line.</summary>
    private static bool IsContactDetails(ReadOnlySpan<char> text)
    {
        if (!text.Contains('@') || Words.Count(text) > MaxContactWords || Words.EndsSentence(text) || !HasEmailAddress(text))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits >= 7;
    }

    /// <summary>"lvickery@county.gov": letters right before and after the "@" and a dot after it; a comment header's
    /// "9/26/2013 @ 12:14PM" puts spaces around it.</summary>
    private static bool HasEmailAddress(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1])
            && text[(at + 1)..] is var domain && (domain.IndexOf(' ') is var space && space < 0 ? domain : domain[..space]).Contains('.');
    }
}
