namespace Ingestion.Parser.Core;

/// <summary>
/// "Kommentare lesen (28) Zur Startseite": a news ticker closes its story with one row of two links, the forum's with
/// its count and the one back to the front page, which a text browser prints on one line. The link home is no part of
/// the count's heading, and the row ends the story as the heading alone would.
/// </summary>
internal static class HomeLinkAfterCount
{
    /// <summary>The links home, each after the count's closing bracket.</summary>
    private static readonly string[] HomeLinks =
    [
        ") Zur Startseite", ") Zurück zur Startseite", ") Startseite", ") Back to top", ") Back to home", ") Back to homepage", ") Home",
        ") Retour à l'accueil", ") Retour à l’accueil", ") Accueil", ") Volver a la portada", ") Volver al inicio", ") Portada", ") Inicio",
    ];

    /// <summary>The line without the link home after its bracketed count, or the line itself.</summary>
    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.IsEmpty || !char.IsLetter(text[^1]))
        {
            return line;
        }

        foreach (var link in HomeLinks)
        {
            if (text.EndsWith(link, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^(link.Length - 1)].ToString();
            }
        }

        return line;
    }
}
