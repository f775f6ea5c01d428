namespace Ingestion.Parser.Core;

/// <summary>
/// "Bitstream News for geeks. Stuff that counts." over "Copyright © 2013 Bitstream Media.": a text browser prints the
/// logo's alt text and the site's tagline on one line. The name is the line's opening words that the page's foot gives;
/// what follows is a sentence, in lower case after its first word, ended by a full stop or an exclamation mark.
/// </summary>
internal static class LogoBeforeTagline
{
    private const int MaxNameWords = 3;
    private const int MinTaglineWords = 3;
    private const int MaxLineLength = 90;

    /// <summary>The logo's name, or null when the line is no name followed by a tagline.</summary>
    public static string? Name(string line, Func<string, bool> isNamedAtFoot)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLineLength || text[^1] is not ('.' or '!'))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(MaxNameWords, words.Length - MinTaglineWords); count >= 1; count--)
        {
            var name = string.Join(' ', words[..count]);
            if (IsTagline(words.AsSpan(count)) && Words.LooksLikeName(name) && isNamedAtFoot(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "&lt;img alt="HealthDesk: Better answers. Better days."&gt;": a logo's alt text that names the site, a colon, then the
    /// tagline gives the name before the colon; an alt text of any other shape is returned as it is.
    /// </summary>
    public static string NameBeforeColon(string alt)
    {
        var colon = alt.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || alt.Length > MaxLineLength || alt.TrimEnd()[^1] is not ('.' or '!'))
        {
            return alt;
        }

        var name = alt[..colon].Trim();
        var tagline = alt[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Words.Count(name) is >= 1 and <= MaxNameWords && tagline.Length >= MinTaglineWords && IsTagline(tagline) && Words.LooksLikeName(name) ? name : alt;
    }

    /// <summary>"News for geeks. Stuff that counts.": a capital opening each sentence, the other words mostly in lower case.</summary>
    private static bool IsTagline(ReadOnlySpan<string> words)
    {
        if (!char.IsUpper(words[0][0]))
        {
            return false;
        }

        var lower = 0;
        foreach (var word in words)
        {
            lower += char.IsLower(word[0]) ? 1 : 0;
        }

        return lower * 2 >= words.Length;
    }
}
