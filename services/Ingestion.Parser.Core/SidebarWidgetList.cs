namespace Ingestion.Parser.Core;

/// <summary>
/// "Schreibe einen Kommentar" / the form's fields / "Neueste Beiträge" / "* Aussprache-Lexikon" / "* Kalligrafie" / …: a
/// blog's sidebar widgets, which a text browser prints under the comment form, each a short heading over a list of links
/// (recent posts, recent comments, archives, categories). Comments listed after the form end at the first of them: its
/// last link over the next widget's heading is no commenter over a comment.
/// </summary>
internal static class SidebarWidgetList
{
    private const int LongestHeading = 40;
    private const int MostHeadingWords = 4;
    private const int LeastLinks = 3;

    private static readonly WordSet Titles = new(
        "recent posts", "recent comments", "archives", "archive", "categories", "meta", "blogroll",
        "neueste beiträge", "letzte beiträge", "neueste kommentare", "letzte kommentare", "archiv", "kategorien",
        "articles récents", "commentaires récents", "catégories",
        "entradas recientes", "comentarios recientes", "archivos", "categorías");

    /// <summary>Nouns a blog names its own recent-posts widget with after the blog's name ("Shingon Reiki Beiträge").</summary>
    private static readonly string[] PostListNouns = [" Beiträge", " Posts", " Articles", " Entradas"];

    /// <summary>The first widget heading from <paramref name="start"/> up to <paramref name="end"/>, or -1.</summary>
    public static int First(PageLines lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsHeading(lines[i].Text) && HasLinksUnder(lines, i, end))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeading(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > LongestHeading || Words.EndsSentence(text) || Words.Count(text) > MostHeadingWords)
        {
            return false;
        }

        if (Titles.Contains(text))
        {
            return true;
        }

        foreach (var noun in PostListNouns)
        {
            if (text.EndsWith(noun, StringComparison.Ordinal) && text.Length > noun.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLinksUnder(PageLines lines, int heading, int end)
    {
        var first = lines.NextNonBlank(heading, end);
        if (first >= end || first - heading > 2)
        {
            return false;
        }

        var links = 0;
        for (var i = first; i < end && links < LeastLinks && TextBrowserBullet.Opens(lines[i].Text); i++)
        {
            links++;
        }

        return links >= LeastLinks;
    }
}
