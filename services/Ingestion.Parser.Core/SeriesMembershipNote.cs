namespace Ingestion.Parser.Core;

/// <summary>
/// "This article is part of the guide Harbour Towns After the Storm.", "This story is part of our series on the ferry
/// crews.": the site's note of the package, guide or series a story belongs to, set over or under the text and linking
/// to the package's page. It tells where the story is filed, as "Filed under …" does, and is none of the writer's text.
/// The note is one sentence naming the kind of collection within its first words after "part of"; a sentence of the
/// text that opens the same way ("This story is part of why the board resigned", "… part of a pattern. …") names none
/// or runs on.
/// </summary>
internal static class SeriesMembershipNote
{
    private static readonly PrefixSet Openings = new(
        ["this article is part of ", "this story is part of ", "this post is part of ", "this piece is part of ", "this column is part of ",
         "this essay is part of ", "this report is part of ", "this interview is part of ", "this feature is part of "]);

    /// <summary>"the guide", "our ongoing series", "a special report", "the Harbour Trust's coverage".</summary>
    private static readonly WordSet CollectionKinds = new(
        ["guide", "series", "package", "project", "collection", "coverage", "report", "section", "edition", "initiative", "partnership", "collaboration"]);

    /// <summary>"the guide", "our special series": the kind comes within the first few words of what the story is part of.</summary>
    private const int KindWithinWords = 5;

    /// <summary>One sentence, a line or two.</summary>
    private const int LongestNote = 220;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestNote || text.Length == 0 || text[0] is not ('T' or 't') || !Openings.Matches(text))
        {
            return false;
        }

        var rest = text[(text.IndexOf("part of ", StringComparison.OrdinalIgnoreCase) + "part of ".Length)..].TrimEnd();
        return rest.IndexOf(". ", StringComparison.Ordinal) < 0 && NamesCollection(rest);
    }

    private static bool NamesCollection(ReadOnlySpan<char> rest)
    {
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            if (++words > KindWithinWords)
            {
                return false;
            }

            var word = rest[range].TrimEnd(".,:;");
            if (CollectionKinds.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
