namespace Ingestion.Parser.Core;

/// <summary>
/// A scraper that takes both the page's print copy and its main copy prints the article twice: headline, date, byline
/// and text, then the same again. The second run of paragraphs starts with the text's first paragraph and prints
/// nothing the first run lacks, in the same order; a reader reads the article once.
/// </summary>
internal static class RepeatedArticleCopy
{
    /// <summary>Two paragraphs in each copy at least: one repeated paragraph may be a pull quote or a refrain.</summary>
    private const int MinCopyParagraphs = 2;

    /// <remarks>
    /// Only the first return of the opening paragraph is asked: the copy starts there, and asking every later one would
    /// cost the square of the paragraphs on a text whose paragraphs are all alike.
    /// </remarks>
    public static void RemoveFrom(List<string> body)
    {
        if (body.Count < 2 * MinCopyParagraphs)
        {
            return;
        }

        var start = body.IndexOf(body[0], MinCopyParagraphs);
        if (start > 0 && start <= body.Count - MinCopyParagraphs && RepeatsInOrder(body, start))
        {
            body.RemoveRange(start, body.Count - start);
        }
    }

    /// <summary>Whether every paragraph from <paramref name="start"/> on is one of the first copy's, in its order.</summary>
    private static bool RepeatsInOrder(List<string> body, int start)
    {
        var inFirst = 0;
        for (var i = start; i < body.Count; i++)
        {
            while (inFirst < start && body[inFirst] != body[i])
            {
                inFirst++;
            }

            if (inFirst == start)
            {
                return false;
            }

            inFirst++;
        }

        return true;
    }
}
