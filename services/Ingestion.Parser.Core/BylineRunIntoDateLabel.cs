namespace Ingestion.Parser.Core;

/// <summary>
/// "Par Cécile Vautrin Mis à jour le 25/09/2013 à 08:10", "Von Jana Keller Aktualisiert am 12.03.2013": a scraper that
/// joins the byline's element and the date's element with a space runs the name into the date's capitalised label, with
/// neither a stop nor a bar between them.
/// </summary>
internal static class BylineRunIntoDateLabel
{
    /// <summary>Capitalised, as the label opens its own element; a lower-case "mis à jour" inside a sentence is no label.</summary>
    private static readonly string[] Labels =
        [" Mis à jour ", " Publié ", " Aktualisiert ", " Veröffentlicht ", " Erstellt ", " Updated ", " Published ", " Actualizado ", " Publicado ", " Aggiornato ", " Pubblicato "];

    /// <summary>The line with a bar before the date's label, so that byline and date are read as items of their own.</summary>
    public static string WithBarBeforeLabel(string line)
    {
        if (line.Length > 120 || !BylineParser.OpensAsByline(line))
        {
            return line;
        }

        foreach (var label in Labels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at > 0 && Words.HasDigit(line.AsSpan(at)) && !line.AsSpan(0, at).ContainsAny("|·•—–"))
            {
                var byline = line[..at];
                return BylineParser.TryRead(byline) is { Count: > 0 } ? byline + " | " + line[(at + 1)..] : line;
            }
        }

        return line;
    }
}
