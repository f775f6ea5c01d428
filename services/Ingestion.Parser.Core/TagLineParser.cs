namespace Ingestion.Parser.Core;

/// <summary>Reads "Filed under: John Kerry • Lavrov • Russia", "Tags: a, b", "Schlagwörter: …" lines.</summary>
internal static class TagLineParser
{
    private static readonly PrefixSet Prefixes = new(
    [
        "filed under:", "read more about:", "tags:", "tagged:", "tagged with:", "tagged as:", "topics:", "keywords:", "related topics:", "categories:", "category:",
        "schlagwörter:", "schlagworte:", "stichwörter:", "stichworte:", "themen:", "mots-clés:", "mots-clés :", "mots clés:", "mots clés :",
        "étiquettes:", "étiquettes :", "thèmes:", "thèmes :", "sujets:", "etiquetas:", "temas:", "palabras clave:", "tag:", "argomenti:",
        "parole chiave:", "assuntos:", "palavras-chave:", "trefwoorden:", "onderwerpen:", "taggar:", "ämnen:", "emner:", "emneord:", "stikkord:", "tagi:", "tematy:",
    ]);

    /// <summary>Labels printed alone on a line above tags listed one per line.</summary>
    private static readonly WordSet BareLabels = new(
        "explore more on these topics", "more on these topics", "related topics", "follow:", "get free e-mail alerts on these topics",
        "get free email alerts on these topics", "find more stories about");

    /// <summary>The tags of a tag line (possibly none, as in an empty "Filed under:"), or null when the line is not one.</summary>
    public static List<string>? TryRead(string line)
    {
        if (line.Length > 1000)
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        if (BareLabels.Contains(text))
        {
            return [];
        }

        var prefix = Prefixes.MatchLength(text);
        return prefix > 0 ? Split(text[prefix..]) : null;
    }

    public static List<string> Split(ReadOnlySpan<char> text)
    {
        var tags = new List<string>();
        foreach (var range in text.SplitAny("•·|,;"))
        {
            var tag = Whitespace.Collapse(text[range]);
            if (tag.Length > 0 && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }
}
