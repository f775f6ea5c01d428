namespace Ingestion.Parser.Core;

/// <summary>
/// "Seite 1 2 | Auf einer Seite lesen", "Página 1 2 3 | Siguiente", "Page 2 of 3 » Next": a story split over pages
/// prints its page links inside the text; the word for page, the page numbers, and a cell of links after a bar. A
/// magazine's pager row may open its cell with the link back: "Page 1 of 3   « Previous page   1  2  3   Next page »".
/// WordPress's own page links under a split post read "Pages: 1 2 3 4", the word plural and followed by a colon.
/// </summary>
internal static class ArticlePager
{
    private const int MaxLength = 80;

    private static readonly WordSet PageWords = new(["page", "seite", "página", "pagina", "sida", "side", "strona", "pagine", "pages", "seiten", "páginas"]);

    /// <summary>Words between the page numbers: "2 of 3", "1 von 4", "1 de 4", "1 / 2".</summary>
    private static readonly WordSet CounterWords = new(["of", "von", "de", "di", "sur", "/"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is < 6 or > MaxLength || text.IndexOf(' ') is not (> 0 and var space) || !PageWords.Contains(text[..space].TrimEnd(':')))
        {
            return false;
        }

        var rest = text[(space + 1)..].TrimStart();
        if (rest.IsEmpty || !char.IsAsciiDigit(rest[0]))
        {
            return false;
        }

        // The page numbers and the words between them; then nothing, or a cell of links after a bar or an arrow.
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (word.ContainsAnyExceptInRange('0', '9') && !CounterWords.Contains(word))
            {
                // "« Previous page 1 2 3": the link back is followed by the page numbers; a quotation in guillemets is not.
                return word is "|" or "»" or "›" or "·" or "-" or "–" || (word is "«" or "‹" && end > 0 && rest[end..].ContainsAnyInRange('0', '9'));
            }

            rest = end < 0 ? [] : rest[(end + 1)..].TrimStart();
        }

        return true;
    }
}
