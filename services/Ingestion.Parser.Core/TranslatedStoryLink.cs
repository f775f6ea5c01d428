namespace Ingestion.Parser.Core;

/// <summary>
/// "Read this story in Bengali", "Read the article in Hindi", "Read in English": a network paper links the same story in
/// a sister paper's language under the text. The line names a language and nothing of the story: no paragraph.
/// A sentence that goes on ("Read this story in Bengali to see how …") or ends like one stays.
/// </summary>
internal static class TranslatedStoryLink
{
    private static readonly string[] Openings = ["Read this story in ", "Read the story in ", "Read this article in ", "Read the article in ", "Read in "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > 40)
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                // The language: one capitalised word of letters, the line's last.
                var language = text[opening.Length..];
                if (language.Length is < 3 or > 20 || !char.IsUpper(language[0]))
                {
                    return false;
                }

                foreach (var c in language)
                {
                    if (!char.IsLetter(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
