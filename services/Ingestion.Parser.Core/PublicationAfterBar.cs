namespace Ingestion.Parser.Core;

/// <summary>
/// "Fernanda Olvera | El Independiente", "Ana Ruiz | La Gaceta", "Jan Berger | Der Landbote": a Mexican or Spanish
/// daily's byline prints the paper's name after the writer's, without "Por". The paper's name opens with its article.
/// </summary>
internal static class PublicationAfterBar
{
    private static readonly WordSet Articles = new(["el", "la", "los", "las", "le", "les", "l'", "der", "die", "das", "il", "lo", "o", "a", "the", "het"]);

    private const int MaxNameWords = 4;

    /// <summary>Whether the text after the bar is a publication's name: an article and one to three capitalised words.</summary>
    public static bool IsPublication(ReadOnlySpan<char> text)
    {
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxNameWords && char.IsUpper(words[0][0]) && Articles.Contains(words[0])
            && Array.TrueForAll(words[1..], word => char.IsUpper(word[0]) || word is "de" or "del" or "di" or "du" or "des" or "of");
    }
}
