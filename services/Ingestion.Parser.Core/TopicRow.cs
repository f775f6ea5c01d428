namespace Ingestion.Parser.Core;

/// <summary>
/// "Executive Senate House Judiciary Elections" over "Published October 01, 2013" / "Associated Press" / "Shutdown
/// closes national parks, idles 800,000 federal workers": a section's row of topic links, which a text browser prints
/// as one line of capitalised words. A page that sets its headline in sentence case sets no headline of bare
/// capitalised words with no punctuation: over such a headline, the row is the menu, not a headline above its byline.
/// A row holding a function word ("The FAILURE Of Public Schooling In One Chart") is a headline in title case, over a
/// picture's sentence-case alt text; menus name topics, not phrases.
/// </summary>
internal static class TopicRow
{
    private const int MinimumTopics = 4;

    private static readonly WordSet FunctionWords = new(["of", "in", "to", "for", "a", "an", "is", "are", "was", "will", "with", "from", "after"]);

    /// <summary>Whether <paramref name="row"/> is a row of topics over <paramref name="headline"/>, written in sentence case.</summary>
    public static bool IsOver(string row, string headline) => IsRowOfTopics(row) && IsSentenceCase(headline);

    private static bool IsRowOfTopics(string row)
    {
        var topics = 0;
        foreach (var word in row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) || !word.All(char.IsLetter) || FunctionWords.Contains(word))
            {
                return false;
            }

            topics++;
        }

        return topics >= MinimumTopics;
    }

    /// <summary>"Shutdown closes national parks": two words or more after the first set in lower case.</summary>
    private static bool IsSentenceCase(string headline) =>
        headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Count(word => char.IsLower(word[0])) >= 2;
}
