namespace Ingestion.Parser.Core;

/// <summary>
/// "Wohnen in München: Alle Artikel zum Thema", "Brexit: all our coverage", "Réforme des retraites : tous nos articles":
/// a link to the topic's page under the text, the topic before the colon and the link's words after it.
/// </summary>
internal static class TopicPageLink
{
    private static readonly WordSet LinkWords = new(
    [
        "alle artikel zum thema", "alle artikel", "alle beiträge zum thema", "all our coverage", "full coverage", "all stories on this topic",
        "tous nos articles", "tout notre dossier", "toda la información", "todas las noticias", "tutti gli articoli", "alle artikelen",
    ]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        return text.Length < 120 && colon > 0 && Words.Count(text[..colon]) <= 6 && LinkWords.Contains(text[(colon + 1)..].Trim());
    }
}
