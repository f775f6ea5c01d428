namespace Ingestion.Parser.Core;

/// <summary>
/// "Zinnkraut, Tee, sehr, Blätter, Die, dort, Garten, wirkt": a shop or CMS that fills the keywords meta by itself lists
/// the description's most frequent words, articles and adverbs among them. Nobody tags a page "Die" or "sehr"; such a
/// list is a word count, no tags.
/// </summary>
internal static class FunctionWordKeywords
{
    private const int MinFunctionWords = 2;

    private static readonly WordSet FunctionWords = new(
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "sehr", "dort", "hier", "auch", "nicht", "ist", "sind", "wird",
        "the", "a", "an", "and", "or", "very", "there", "here", "also", "not", "is", "are",
        "le", "la", "les", "un", "une", "et", "très", "el", "los", "las", "y", "muy", "il", "gli", "molto", "het", "een", "zeer",
    ]);

    public static bool Is(IReadOnlyList<string> keywords)
    {
        var found = 0;
        foreach (var keyword in keywords)
        {
            if (FunctionWords.Contains(keyword.AsSpan().Trim()) && ++found >= MinFunctionWords)
            {
                return true;
            }
        }

        return false;
    }
}
