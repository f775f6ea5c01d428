namespace Ingestion.Parser.Core;

/// <summary>
/// "Support Brookfield Corner" / "We are reader-funded. Donate", "Donate to The Port Annick Dispatch": a site's appeal for money
/// naming the site in title case, a box under the thread. It is no reader's paragraph: it ends the last comment as the
/// comment's "reply" link did before a reader mode dropped it. "Support Ukraine" or "Support local news" stay text.
/// </summary>
internal static class ReaderRevenueBanner
{
    private const int MaxLength = 50;
    private const int MaxWords = 6;
    private const int MinCapitalised = 2;

    public static bool Is(string text)
    {
        // Asked of a comment's lines: the first letter and the length reject prose at once.
        if (text.Length is 0 or > MaxLength || text[0] is not ('S' or 'D'))
        {
            return false;
        }

        var line = text.AsSpan().Trim();
        var prefix = line.StartsWith("Support ", StringComparison.Ordinal) ? "Support ".Length : line.StartsWith("Donate to ", StringComparison.Ordinal) ? "Donate to ".Length : 0;
        if (prefix == 0 || line[^1] is '.' or '!' or '?' or ':' || Words.HasDigit(line))
        {
            return false;
        }

        // The site's name after the appeal, every word capitalised: "Brookfield Corner", "The Port Annick Dispatch".
        return Words.CapitalisedCount(line[prefix..], MaxWords) >= MinCapitalised;
    }
}
