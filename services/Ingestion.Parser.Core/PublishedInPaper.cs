namespace Ingestion.Parser.Core;

/// <summary>
/// "Published in The Cass County Pioneer on Sept. 27, 2013": an obituary site names the paper that printed the notice
/// before the date it ran. Split at its " on ", the first half is only a label naming the paper, the second the publish
/// date. Alone on its line ("Published in News") the same words are a category link, which this does not cover.
/// </summary>
internal static class PublishedInPaper
{
    private const string Label = "Published in ";

    private const int MostWords = 6;

    public static bool IsLabel(ReadOnlySpan<char> segment)
    {
        if (segment.Length <= Label.Length || segment.Length > 80 || !segment.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var paper = segment[Label.Length..].Trim();
        if (paper.IsEmpty || Words.HasDigit(paper) || Words.Count(paper) > MostWords || Words.EndsSentence(paper))
        {
            return false;
        }

        foreach (var range in paper.Split(' '))
        {
            var word = paper[range];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && word is not ("of" or "the" or "and" or "de"))
            {
                return false;
            }
        }

        return char.IsUpper(paper[0]);
    }
}
