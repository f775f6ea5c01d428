namespace Ingestion.Parser.Core;

/// <summary>
/// "Tekst: Silje Haugland Foto: Øyvind Tveit", "Text: Anna Berg Foto: Jonas Ek", "Tekst: Jan Nowak, zdjęcia: Ewa Lis": a
/// Scandinavian, German or Polish byline names the writer, then after a photo label the photographer, on one line or
/// run together from two. The photographer took the pictures and wrote no word of the story, so the writer's names end
/// at the label.
/// </summary>
internal static class PhotographerAfterWriter
{
    private static readonly string[] Labels = [" foto:", " fotos:", " photo:", " photos:", " bilde:", " bilder:", " bild:", " zdjęcia:", " fot.", ", foto:", ", zdjęcia:"];

    /// <summary>The byline up to a photo label after the first name, or the same span when it holds none.</summary>
    public static ReadOnlySpan<char> WritersOnly(ReadOnlySpan<char> byline)
    {
        // Every label holds a letter run ending in ':' or '.', so a byline with no colon and no "fot." keeps its length.
        if (byline.IndexOfAny(':', '.') < 0)
        {
            return byline;
        }

        var cut = -1;
        foreach (var label in Labels)
        {
            var at = byline.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        return cut > 0 ? byline[..cut].TrimEnd(" ,") : byline;
    }
}
