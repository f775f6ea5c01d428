namespace Ingestion.Parser.Core;

/// <summary>
/// "Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter … unterstützt. …
/// Jetzt Supporter werden!", "Did you enjoy this article? Then support our work …": a free magazine's appeal closing the
/// text asks whether the reader liked the article, then asks for support. The line opens with that question and names
/// support (or a subscription) after it; a story's sentence that opens so asks no one to pay. It runs to a paragraph
/// (372 characters on the page it was seen on), longer than the short prompts the filter's second chain reads.
/// </summary>
internal static class LikedArticleSupportAppeal
{
    private const int MaxLength = 400;

    /// <summary>The question opening the appeal, in the languages of the corpus.</summary>
    private static readonly string[] Questions =
    [
        "Hat dir dieser Artikel gefallen?", "Hat Ihnen dieser Artikel gefallen?", "Hat dir der Artikel gefallen?", "Hat Ihnen der Artikel gefallen?",
        "Hat dir dieser Beitrag gefallen?", "Hat Ihnen dieser Beitrag gefallen?", "Did you enjoy this article?", "Did you like this article?",
        "Enjoyed this article?", "Liked this article?", "Did you enjoy this story?", "Vous avez aimé cet article ?", "Cet article vous a plu ?",
    ];

    /// <summary>What the appeal asks for after the question.</summary>
    private static readonly string[] Asks = ["support", "unterstütz", "spende", "abonn", "subscrib", "donat", "soutenez", "soutien"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IsEmpty || text[0] is not ('H' or 'D' or 'E' or 'L' or 'V' or 'C'))
        {
            return false;
        }

        foreach (var question in Questions)
        {
            if (text.StartsWith(question, StringComparison.Ordinal))
            {
                return AsksForSupport(text[question.Length..]);
            }
        }

        return false;
    }

    private static bool AsksForSupport(ReadOnlySpan<char> rest)
    {
        foreach (var ask in Asks)
        {
            if (rest.Contains(ask, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
