namespace Ingestion.Parser.Core;

/// <summary>
/// "L'Écho de Riviere-Dorion / The Riviere-Dorion Echo": a bilingual paper's masthead gives its name in both languages,
/// one after the other with " / " between, longer than a one-language name may be. It is the site only where the
/// copyright line names it whole ("© 2013 L'Écho de Riviere-Dorion / The Riviere-Dorion Echo"); a menu's "Accueil / Home"
/// names nothing there.
/// </summary>
internal static class BilingualMasthead
{
    private const string Slash = " / ";
    private const int MaxWordsPerName = 6;

    public static bool Is(string name)
    {
        var at = name.Length is < 7 or > 120 ? -1 : name.IndexOf(Slash, StringComparison.Ordinal);
        if (at <= 0 || name.IndexOf(Slash, at + 1, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return IsName(name.AsSpan(0, at)) && IsName(name.AsSpan(at + Slash.Length));
    }

    private static bool IsName(ReadOnlySpan<char> half)
    {
        var text = half.Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && Words.Count(text) <= MaxWordsPerName && !Words.HasDigit(text) && !Words.EndsSentence(text);
    }
}
