namespace Ingestion.Parser.Core;

/// <summary>
/// "The Harbour Cranes of the East Quay" in og:title and the share boxes, "Harbour Cranes of the East Quay" in the
/// story's h1: the sharing title puts an article ("The", "A", "An") before the headline the page prints, word for word
/// after it. The reader sees the h1; the share title's leading article is the promotion's wording, so the h1 is the title.
/// Only an article, and only the whole headline after it: a share title adding any other word, or differing in any letter,
/// is left to the other readers.
/// </summary>
internal static class ArticlePrefixedShareTitle
{
    private static readonly string[] Articles = ["The ", "A ", "An "];

    public static bool Is(string title, string shown)
    {
        if (shown.Length < 12 || title.Length <= shown.Length || !title.EndsWith(shown, StringComparison.Ordinal) || Words.Count(shown) < 3)
        {
            return false;
        }

        foreach (var article in Articles)
        {
            if (title.Length == article.Length + shown.Length && title.StartsWith(article, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
