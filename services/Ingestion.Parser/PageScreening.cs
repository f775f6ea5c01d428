using Ingestion.Parser.Core;

namespace Ingestion.Parser;

internal static class PageScreening
{
    /// <summary>Why <paramref name="page"/> holds nothing worth storing as an article; null when it does.</summary>
    public static string? FindProblem(ParsedPage page) =>
        page.Title is null && page.BodyParagraphs.Count == 0 && page.Comments.Count == 0
            ? "no article text found: no title, no body and no comments"
            : null;
}
