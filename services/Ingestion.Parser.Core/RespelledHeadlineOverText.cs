namespace Ingestion.Parser.Core;

/// <summary>
/// "Kupfer – Wende in Sicht?!" in bold opening the text under the h1 "Kupfer - Wende in Sicht?! - Wochenanalyse": the
/// writer's own copy of the headline, typed with a typographic dash or an accent the heading lacks and without the
/// series' name the heading adds after a last dash, is no paragraph. Known by its being letter for letter the headline,
/// whole or without its last part, but for case, dashes, quote marks and accents; a first paragraph that differs in any
/// letter stays. Cost: one character comparison of the text's first paragraph, when it is no longer than the headline.
/// </summary>
internal static class RespelledHeadlineOverText
{
    private const int MinLength = 15;

    /// <summary>"é" read as "e": the parser runs with invariant globalization, which decomposes no letter, so the Latin ones are listed.</summary>
    private const string AccentedLetters = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç";

    private const string BaseLetters = "aaaaaaeeeeiiiiooooouuuuyync";

    private static readonly string[] Separators = [" - ", " – ", " — ", " | "];

    public static List<string> Without(List<string> body, string? title) =>
        title is not null && body.Count > 1 && Is(body[0], title) ? body[1..] : body;

    public static bool Is(string first, string title)
    {
        if (first.Length < MinLength || first.Length > title.Length || string.Equals(first, title, StringComparison.Ordinal))
        {
            return false;
        }

        if (first.Length == title.Length)
        {
            return Alike(first, title);
        }

        foreach (var separator in Separators)
        {
            if (title.LastIndexOf(separator, StringComparison.Ordinal) == first.Length)
            {
                return Alike(first, title.AsSpan(0, first.Length));
            }
        }

        return false;
    }

    private static bool Alike(ReadOnlySpan<char> first, ReadOnlySpan<char> title)
    {
        for (var i = 0; i < first.Length; i++)
        {
            if (Fold(first[i]) != Fold(title[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\'' or '‘' or '’' or 'ʼ' or '“' or '”' or '„' => '"',
        '–' or '—' => '-',
        _ => Unaccented(char.ToLowerInvariant(c)),
    };

    private static char Unaccented(char c) => char.IsAscii(c) || AccentedLetters.IndexOf(c) is not (>= 0 and var at) ? c : BaseLetters[at];
}
