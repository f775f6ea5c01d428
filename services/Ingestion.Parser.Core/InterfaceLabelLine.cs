namespace Ingestion.Parser.Core;

/// <summary>
/// "Hauptmenü öffnen", "Primary nav", "Barre d'outil", "Logo Logo Logo Logo", "RSS-Feed der Artikel", "XML, RSS": the
/// labels a page's header gives its controls (a menu button's hidden text, a landmark's name, a logo's alt text, the
/// feed links), which a text rendering prints over the headline where a masthead stands. Two or three such words read
/// as a name; every word of the line naming a control, a feed or the page's own parts, the line names no publication.
/// A word outside the list ("Hauptstadt", "Logos Quarterly") keeps a masthead as it was.
/// Cost: asked only of the lines the masthead search would take as a name: a few set lookups.
/// </summary>
internal static class InterfaceLabelLine
{
    private const int MaxLength = 60;

    private static readonly WordSet ControlWords = new(
    [
        "menu", "menü", "menú", "hauptmenü", "main", "primary", "secondary", "nav", "navigation", "hauptnavigation", "open", "close",
        "toggle", "öffnen", "schließen", "ouvrir", "fermer", "abrir", "cerrar", "toolbar", "bar", "barre", "outil", "outils", "logo",
        "rss", "rss-feed", "feed", "feeds", "xml", "atom", "artikel", "beiträge", "kommentare", "articles", "comments", "posts", "entries",
        "principal", "principale",
    ]);

    /// <summary>Words that join the labels ("der", "des", "of the") and count for neither side.</summary>
    private static readonly WordSet JoiningWords = new(["der", "des", "die", "the", "of", "de", "du", "la", "le", "del", "d"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength)
        {
            return false;
        }

        var controls = 0;
        foreach (var range in line.SplitAny(" ,&/|'’"))
        {
            var word = line[range].Trim(" .:");
            if (word.IsEmpty || JoiningWords.Contains(word))
            {
                continue;
            }

            if (!ControlWords.Contains(word))
            {
                return false;
            }

            controls++;
        }

        return controls > 0;
    }
}
