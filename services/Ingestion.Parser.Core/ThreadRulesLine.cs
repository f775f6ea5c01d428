namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments are subject to our community rules.", "All comments are moderated before they appear.": the site's one-line
/// note on its thread, printed above or under the comments; it is no part of the comment beside it. "Please read our rules
/// before posting." asks the reader to read them, "Please keep it civil. Read our community guidelines." to keep them.
/// </summary>
internal static class ThreadRulesLine
{
    /// <summary>Longest such note; a reader's paragraph that opens the same way runs on.</summary>
    private const int MaxLength = 120;

    private static readonly string[] Openings = ["Comments are ", "All comments are ", "Comments must ", "Please read our ", "Please keep it "];

    private static readonly string[] RuleWords = ["subject to", "moderated", "rules", "guidelines", "policy", "terms of"];

    /// <summary>Whether <paramref name="text"/> is a one-line note on the thread's rules.</summary>
    public static bool Is(string text)
    {
        if (text.Length > MaxLength || text.Length == 0 || (text[0] != 'C' && text[0] != 'A' && text[0] != 'P'))
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                foreach (var word in RuleWords)
                {
                    if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return Words.EndsSentence(text.AsSpan());
                    }
                }
            }
        }

        return false;
    }
}
