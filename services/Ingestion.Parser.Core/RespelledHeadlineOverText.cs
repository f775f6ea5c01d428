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

        return TitleSeparator.LastIn(title) == first.Length && Alike(first, title.AsSpan(0, first.Length));
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

    /// <summary>Quote marks and dashes folded as <see cref="RespelledShareTitle"/> folds them, and the accents besides.</summary>
    private static char Fold(char c) => Unaccented(RespelledShareTitle.Fold(c));

    private static char Unaccented(char c) => char.IsAscii(c) || AccentedLetters.IndexOf(c) is not (>= 0 and var at) ? c : BaseLetters[at];
}
