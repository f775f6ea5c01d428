namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": "Article, 104746419" (JSON-LD and the keywords meta alike) on a story at "…/story?id=104746419": the CMS
/// fills the list with the record's content type and its number, no topic. Nobody tags a story with a bare number of six
/// digits or more (a year, a score or a route number is shorter); a list that holds one is the record's descriptor, and
/// none of its words is a tag, so the row the page shows is read instead. A list of words with a short number among them
/// ("Route 66, Travel", "2024 election") keeps its tags.
/// </summary>
internal static class RecordIdKeywords
{
    private const int ShortestId = 6;

    public static bool Is(IReadOnlyList<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            var term = keyword.AsSpan().Trim();
            if (term.Length >= ShortestId && AllDigits(term))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> term)
    {
        foreach (var character in term)
        {
            if (character is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
